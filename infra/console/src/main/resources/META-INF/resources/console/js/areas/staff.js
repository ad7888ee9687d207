// Area "staff": the city's trainers and administrative staff, their teaching assignments within
// each trainer's weekly ceiling, and the staff figures per pole. Readers: the director, the
// registrar and the trainers (StaffResource, AssignmentResource, StaffFiguresResource); the
// director keeps the register; the director and the registrar assign.
import { StaffList, StaffNew, StaffDetail, AssignmentsScreen, StaffFiguresScreen, READERS } from './staff/screens.js';
import { areaRoutes, kitMessages } from './staff/kit.js';

const TABS = [
  { to: '/city/staff/members', label: 'staff.tabs.members', roles: READERS, component: StaffList },
  { to: '/city/staff/assignments', label: 'staff.tabs.assignments', roles: READERS, component: AssignmentsScreen },
  { to: '/city/staff/figures', label: 'staff.tabs.figures', roles: READERS, component: StaffFiguresScreen },
];

export default {
  id: 'staff',
  nav: [{ section: 'city', to: '/city/staff', label: 'staff.nav', roles: READERS }],
  routes: areaRoutes('/city/staff', 'staff.title', READERS, TABS, [
    { path: '/city/staff/members/new', component: StaffNew, meta: { roles: ['city-director'] } },
    { path: '/city/staff/members/:id', component: StaffDetail, meta: { roles: READERS } },
  ]),
  messages: {
    fr: {
      ...kitMessages.fr,
      staff: {
        nav: 'Personnel', title: 'Personnel de la cité',
        tabs: { members: 'Registre du personnel', assignments: 'Affectations pédagogiques', figures: 'Effectifs par pôle' },
        listCaption: 'Formateurs et personnel administratif', new: 'Nouveau membre du personnel',
        employeeNumber: 'Matricule', kind: 'Catégorie', contract: 'Contrat', pole: 'Pôle', ceiling: 'Plafond (h/sem.)',
        ceilingHours: 'Plafond hebdomadaire d’enseignement (heures)', ceilingHelp: 'Formateurs seulement, de 1 à 44 heures',
        hiredOn: 'Date d’embauche', leftOn: 'Date de départ', nationalId: 'CIN', nameFr: 'Nom complet (français)',
        nameAr: 'Nom complet (arabe)', contractEnd: 'Fin du contrat', qualifications: 'Qualifications',
        qualificationsHelp: 'Une qualification par ligne', pickPole: '— choisir un pôle —', until: 'jusqu’au {date}',
        kinds: { TRAINER: 'Formateur·rice', ADMINISTRATIVE: 'Administratif·ve' },
        contracts: { PERMANENT: 'Permanent', FIXED_TERM: 'Durée déterminée', PART_TIME_VACATION: 'Vacataire' },
        statuses: { ACTIVE: 'En poste', LEFT: 'Parti·e' },
        assignmentStatuses: { ACTIVE: 'En cours', ENDED: 'Terminée' },
        created: 'Membre du personnel enregistré.', edit: 'Modifier', backToList: 'Retour au registre',
        departure: 'Départ', departureHelp: 'Ses affectations en cours prennent fin le jour du départ.',
        recordDeparture: 'Enregistrer le départ', left: 'Départ enregistré.',
        teaching: 'Affectations pédagogiques', trainer: 'Formateur·rice', group: 'Groupe', subject: 'Matière / module',
        weeklyHours: 'Heures par semaine', weeklyHoursHelp: 'Dans la limite du plafond hebdomadaire du formateur pour l’année du groupe',
        assignTitle: 'Affecter un formateur à un groupe', assign: 'Affecter', assigned: 'Affectation enregistrée.',
        pickTrainer: '— choisir un formateur —', pickGroup: '— choisir un groupe —', trainerOption: '{name} ({number}, plafond {n} h)',
        groupIdHelp: 'Identifiant du groupe de formation', end: 'Terminer', ended: 'Affectation terminée.',
        endedOn: 'le {date}', endedOnLabel: 'Fin de l’affectation', endWhat: 'Terminer « {subject} » avec le groupe {group}',
        headcount: 'Effectif', trainers: 'Formateurs', administrative: 'Personnel administratif',
        byContract: '{p} permanents, {f} CDD, {v} vacataires', ceilingTotal: 'Heures plafond', assignedHours: 'Heures affectées',
        loadRate: 'Taux de charge', loadHint: 'heures affectées ÷ heures plafond', perPole: 'Par pôle',
        hoursPerPole: 'Heures plafond et heures affectées par pôle', headcountPerPole: 'Effectif par pôle et par contrat',
        trainersBy: { permanent: 'Formateurs permanents', fixedTerm: 'Formateurs en CDD', partTimeVacation: 'Formateurs vacataires' },
        figuresNote: 'Personnes employées à un moment de l’année de formation, comptées dans leur pôle actuel (docs/staff-figures.md).',
      },
    },
    ar: {
      ...kitMessages.ar,
      staff: {
        nav: 'الموارد البشرية', title: 'أطر المدينة',
        tabs: { members: 'سجل الأطر', assignments: 'التكليفات البيداغوجية', figures: 'الأعداد حسب القطب' },
        listCaption: 'المكونون والأطر الإدارية', new: 'إطار جديد',
        employeeNumber: 'رقم التأجير', kind: 'الفئة', contract: 'العقد', pole: 'القطب', ceiling: 'السقف (ساعة/أسبوع)',
        ceilingHours: 'السقف الأسبوعي للتدريس (بالساعات)', ceilingHelp: 'للمكونين فقط، من 1 إلى 44 ساعة',
        hiredOn: 'تاريخ التوظيف', leftOn: 'تاريخ المغادرة', nationalId: 'رقم البطاقة الوطنية', nameFr: 'الاسم الكامل (بالفرنسية)',
        nameAr: 'الاسم الكامل (بالعربية)', contractEnd: 'نهاية العقد', qualifications: 'المؤهلات',
        qualificationsHelp: 'مؤهل واحد في كل سطر', pickPole: '— اختر قطبا —', until: 'إلى غاية {date}',
        kinds: { TRAINER: 'مكون(ة)', ADMINISTRATIVE: 'إداري(ة)' },
        contracts: { PERMANENT: 'رسمي', FIXED_TERM: 'محدد المدة', PART_TIME_VACATION: 'عرضي' },
        statuses: { ACTIVE: 'مزاول', LEFT: 'غادر' },
        assignmentStatuses: { ACTIVE: 'جارٍ', ENDED: 'منتهٍ' },
        created: 'تم تسجيل الإطار.', edit: 'تعديل', backToList: 'العودة إلى السجل',
        departure: 'المغادرة', departureHelp: 'تنتهي تكليفاته الجارية يوم المغادرة.',
        recordDeparture: 'تسجيل المغادرة', left: 'تم تسجيل المغادرة.',
        teaching: 'التكليفات البيداغوجية', trainer: 'المكون(ة)', group: 'الفوج', subject: 'المادة / الوحدة',
        weeklyHours: 'الساعات الأسبوعية', weeklyHoursHelp: 'في حدود السقف الأسبوعي للمكون برسم سنة الفوج',
        assignTitle: 'تكليف مكون بفوج', assign: 'تكليف', assigned: 'تم تسجيل التكليف.',
        pickTrainer: '— اختر مكونا —', pickGroup: '— اختر فوجا —', trainerOption: '{name} ({number}، السقف {n} ساعة)',
        groupIdHelp: 'معرّف فوج التكوين', end: 'إنهاء', ended: 'تم إنهاء التكليف.',
        endedOn: 'بتاريخ {date}', endedOnLabel: 'تاريخ انتهاء التكليف', endWhat: 'إنهاء «{subject}» مع الفوج {group}',
        headcount: 'العدد الإجمالي', trainers: 'المكونون', administrative: 'الأطر الإدارية',
        byContract: '{p} رسميون، {f} بعقد محدد المدة، {v} عرضيون', ceilingTotal: 'ساعات السقف', assignedHours: 'الساعات المسندة',
        loadRate: 'نسبة العبء', loadHint: 'الساعات المسندة ÷ ساعات السقف', perPole: 'حسب القطب',
        hoursPerPole: 'ساعات السقف والساعات المسندة حسب القطب', headcountPerPole: 'الأعداد حسب القطب ونوع العقد',
        trainersBy: { permanent: 'مكونون رسميون', fixedTerm: 'مكونون بعقد محدد المدة', partTimeVacation: 'مكونون عرضيون' },
        figuresNote: 'الأشخاص العاملون في وقت ما من السنة التكوينية، محسوبون في قطبهم الحالي (docs/staff-figures.md).',
      },
    },
  },
};
