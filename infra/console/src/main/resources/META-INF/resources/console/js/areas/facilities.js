// Area "facilities": the pedagogical platforms and shared structures of the city, their bookings
// and their utilisation. Readers: the director, the campus manager and the trainers
// (FacilitiesResource, BookingResource); the campus manager keeps the resources; the campus
// manager and the trainers book; the utilisation is for the director and the campus manager.
import { ResourcesScreen, CalendarScreen, UtilisationScreen, READERS, UTILISATION_READERS } from './facilities/screens.js';
import { areaRoutes, kitMessages } from './staff/kit.js';

const TABS = [
  { to: '/city/facilities/calendar', label: 'facilities.tabs.calendar', roles: READERS, component: CalendarScreen },
  { to: '/city/facilities/resources', label: 'facilities.tabs.resources', roles: READERS, component: ResourcesScreen },
  { to: '/city/facilities/utilisation', label: 'facilities.tabs.utilisation', roles: UTILISATION_READERS, component: UtilisationScreen },
];

const kindsFr = {
  PEDAGOGICAL_HOTEL: 'Hôtel pédagogique', PEDAGOGICAL_RESTAURANT: 'Restaurant pédagogique', DIGITAL_FACTORY: 'Digital factory',
  VIRTUAL_COMPANY: 'Entreprise virtuelle', CARE_UNIT: 'Unité de soins', LEARNING_FACTORY: 'Usine-école (learning factory)',
  PEDAGOGICAL_NURSERY: 'Crèche pédagogique', PEDAGOGICAL_APARTMENT: 'Appartement pédagogique', LANGUAGE_CENTRE: 'Centre de langues et soft skills',
  MEDIA_LIBRARY: 'Médiathèque', COWORKING: 'Espace de coworking', INCUBATOR: 'Incubateur', FAB_LAB: 'Fab lab',
  CONFERENCE_CENTRE: 'Centre de conférences', CAREER_CENTRE: 'Centre d’orientation et carrières', MOOC_STUDIO: 'Studio MOOC',
  SPORTS_FIELD: 'Terrain et salle de sport',
};
const kindsAr = {
  PEDAGOGICAL_HOTEL: 'الفندق البيداغوجي', PEDAGOGICAL_RESTAURANT: 'المطعم البيداغوجي', DIGITAL_FACTORY: 'المصنع الرقمي',
  VIRTUAL_COMPANY: 'المقاولة الافتراضية', CARE_UNIT: 'وحدة العلاجات', LEARNING_FACTORY: 'المصنع المدرسة',
  PEDAGOGICAL_NURSERY: 'الحضانة البيداغوجية', PEDAGOGICAL_APARTMENT: 'الشقة البيداغوجية', LANGUAGE_CENTRE: 'مركز اللغات والمهارات الذاتية',
  MEDIA_LIBRARY: 'الخزانة الوسائطية', COWORKING: 'فضاء العمل المشترك', INCUBATOR: 'الحاضنة', FAB_LAB: 'مختبر التصنيع الرقمي',
  CONFERENCE_CENTRE: 'مركز المؤتمرات', CAREER_CENTRE: 'مركز التوجيه والمسارات المهنية', MOOC_STUDIO: 'استوديو الدروس الرقمية',
  SPORTS_FIELD: 'الملعب والقاعة الرياضية',
};

export default {
  id: 'facilities',
  nav: [{ section: 'city', to: '/city/facilities', label: 'facilities.nav', roles: READERS }],
  routes: areaRoutes('/city/facilities', 'facilities.title', READERS, TABS),
  messages: {
    fr: {
      ...kitMessages.fr,
      facilities: {
        nav: 'Plateformes et espaces', title: 'Plateformes et espaces partagés',
        tabs: { calendar: 'Calendrier des réservations', resources: 'Plateformes et structures', utilisation: 'Utilisation mensuelle' },
        kinds: kindsFr, kind: 'Type', type: 'Nature', platform: 'Plateforme pédagogique', shared: 'Structure partagée',
        capacity: 'Capacité (personnes)', capacityHelp: 'Nombre maximal de participants à une réservation', persons: '{n} personnes',
        pole: 'Pôle', noPole: '— aucun pôle —', openingHours: 'Horaires d’ouverture', closed: 'Fermé',
        days: { MONDAY: 'Lundi', TUESDAY: 'Mardi', WEDNESDAY: 'Mercredi', THURSDAY: 'Jeudi', FRIDAY: 'Vendredi', SATURDAY: 'Samedi', SUNDAY: 'Dimanche' },
        daysShort: { MONDAY: 'Lun', TUESDAY: 'Mar', WEDNESDAY: 'Mer', THURSDAY: 'Jeu', FRIDAY: 'Ven', SATURDAY: 'Sam', SUNDAY: 'Dim' },
        day: 'Jour', opens: 'Ouverture', closes: 'Fermeture', addInterval: 'Ajouter une plage', remove: 'Retirer', removeInterval: 'Retirer cette plage',
        active: 'Active', inactive: 'Inactive', activeLabel: 'Ouverte aux réservations', resourcesCaption: 'Plateformes pédagogiques et structures partagées',
        newResource: 'Nouvelle ressource', editResource: 'Modifier la ressource', edit: 'Modifier', seeCalendar: 'Voir son calendrier',
        timeZone: 'Heures locales du Maroc (Africa/Casablanca).',
        resource: 'Ressource', allResources: 'Toutes les ressources', pickResource: '— choisir une ressource —', showCancelled: 'Afficher les annulations',
        book: 'Réserver un créneau', bookHelp: 'Sélectionnez une plage sur le calendrier ou saisissez-la ; elle doit tenir dans une plage d’ouverture (12 h au plus).',
        start: 'Début', end: 'Fin', bookerKind: 'Réservé pour', bookerKinds: { GROUP: 'Groupe de formation', TRAINER: 'Formateur·rice', INCUBATOR_PROJECT: 'Projet de l’incubateur', PARTNER: 'Partenaire extérieur' },
        group: 'Groupe', pickGroup: '— choisir un groupe —', groupOption: 'Groupe {id} ({subject})', groupIdHelp: 'Identifiant du groupe de formation',
        bookerReference: 'Référence (nom, projet ou organisme)', attendees: 'Participants', purpose: 'Objet', bookSubmit: 'Réserver',
        booked: 'Réservation enregistrée.', bookedFor: 'Pour', bookedBy: 'Réservée par', cancelledBy: 'Annulée par',
        bookingStatuses: { BOOKED: 'Réservée', CANCELLED: 'Annulée' }, cancelReason: 'Motif de l’annulation', cancelBooking: 'Annuler la réservation',
        cancelled: 'Réservation annulée : le créneau est libre.',
        utilisation: 'Taux d’utilisation', utilisationHint: 'heures réservées ÷ heures d’ouverture', utilisationPercent: 'Utilisation (%)',
        bookedHours: 'Heures réservées', openHours: 'Heures d’ouverture', bookings: 'Réservations', activeResources: 'Ressources actives', resources: 'Ressources',
        utilisationPerKind: 'Utilisation par type', hoursPerResource: 'Heures d’ouverture et heures réservées par ressource',
        perKind: 'Par type', perResource: 'Par ressource',
        utilisationNote: 'Réservations comptées dans le mois et dans les horaires d’ouverture actuels ; annulations exclues (docs/facilities-figures.md).',
      },
    },
    ar: {
      ...kitMessages.ar,
      facilities: {
        nav: 'المنصات والفضاءات', title: 'المنصات والفضاءات المشتركة',
        tabs: { calendar: 'جدول الحجوزات', resources: 'المنصات والبنيات', utilisation: 'الاستعمال الشهري' },
        kinds: kindsAr, kind: 'النوع', type: 'الطبيعة', platform: 'منصة بيداغوجية', shared: 'بنية مشتركة',
        capacity: 'الطاقة الاستيعابية (أشخاص)', capacityHelp: 'أقصى عدد من المشاركين في حجز واحد', persons: '{n} شخصا',
        pole: 'القطب', noPole: '— بدون قطب —', openingHours: 'أوقات الفتح', closed: 'مغلق',
        days: { MONDAY: 'الاثنين', TUESDAY: 'الثلاثاء', WEDNESDAY: 'الأربعاء', THURSDAY: 'الخميس', FRIDAY: 'الجمعة', SATURDAY: 'السبت', SUNDAY: 'الأحد' },
        daysShort: { MONDAY: 'الاثنين', TUESDAY: 'الثلاثاء', WEDNESDAY: 'الأربعاء', THURSDAY: 'الخميس', FRIDAY: 'الجمعة', SATURDAY: 'السبت', SUNDAY: 'الأحد' },
        day: 'اليوم', opens: 'الفتح', closes: 'الإغلاق', addInterval: 'إضافة فترة', remove: 'حذف', removeInterval: 'حذف هذه الفترة',
        active: 'مفتوحة', inactive: 'غير مفتوحة', activeLabel: 'مفتوحة للحجز', resourcesCaption: 'المنصات البيداغوجية والبنيات المشتركة',
        newResource: 'فضاء جديد', editResource: 'تعديل الفضاء', edit: 'تعديل', seeCalendar: 'عرض جدول حجوزاته',
        timeZone: 'التوقيت المحلي للمغرب (Africa/Casablanca).',
        resource: 'الفضاء', allResources: 'كل الفضاءات', pickResource: '— اختر فضاء —', showCancelled: 'عرض الحجوزات الملغاة',
        book: 'حجز فترة', bookHelp: 'حدد فترة على الجدول أو أدخلها؛ ويجب أن تقع داخل فترة فتح واحدة (12 ساعة على الأكثر).',
        start: 'البداية', end: 'النهاية', bookerKind: 'الحجز لفائدة', bookerKinds: { GROUP: 'فوج تكوين', TRAINER: 'مكون(ة)', INCUBATOR_PROJECT: 'مشروع الحاضنة', PARTNER: 'شريك خارجي' },
        group: 'الفوج', pickGroup: '— اختر فوجا —', groupOption: 'الفوج {id} ({subject})', groupIdHelp: 'معرّف فوج التكوين',
        bookerReference: 'المرجع (الاسم أو المشروع أو الهيئة)', attendees: 'المشاركون', purpose: 'الموضوع', bookSubmit: 'حجز',
        booked: 'تم تسجيل الحجز.', bookedFor: 'لفائدة', bookedBy: 'حجز من طرف', cancelledBy: 'ألغي من طرف',
        bookingStatuses: { BOOKED: 'محجوز', CANCELLED: 'ملغى' }, cancelReason: 'سبب الإلغاء', cancelBooking: 'إلغاء الحجز',
        cancelled: 'تم إلغاء الحجز: الفترة شاغرة.',
        utilisation: 'نسبة الاستعمال', utilisationHint: 'الساعات المحجوزة ÷ ساعات الفتح', utilisationPercent: 'الاستعمال (%)',
        bookedHours: 'الساعات المحجوزة', openHours: 'ساعات الفتح', bookings: 'الحجوزات', activeResources: 'الفضاءات المفتوحة', resources: 'الفضاءات',
        utilisationPerKind: 'الاستعمال حسب النوع', hoursPerResource: 'ساعات الفتح والساعات المحجوزة حسب الفضاء',
        perKind: 'حسب النوع', perResource: 'حسب الفضاء',
        utilisationNote: 'تحتسب الحجوزات داخل الشهر وأوقات الفتح الحالية فقط، دون الحجوزات الملغاة (docs/facilities-figures.md).',
      },
    },
  },
};
