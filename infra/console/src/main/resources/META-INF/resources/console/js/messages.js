// Messages every screen shares. Each area keeps its own in js/areas/<area>.js.
export const common = {
  fr: {
    app: { title: 'CMC — Console', name: 'Cités des Métiers et des Compétences', skip: 'Aller au contenu' },
    nav: { city: 'Ma cité', hq: 'Siège (OFPPT)', audit: 'Audit régional', signOut: 'Se déconnecter', language: 'Langue' },
    role: {
      'city-director': 'Directeur·rice de la cité', 'admissions-officer': 'Chargé·e des admissions',
      registrar: 'Scolarité', 'finance-officer': 'Finances', 'campus-manager': 'Gestion du campus',
      'career-advisor': 'Centre carrières', trainer: 'Formateur·rice', 'hq-analyst': 'Analyste du siège',
      'region-auditor': 'Auditeur·rice régional·e', 'platform-admin': 'Administrateur·rice de la plateforme',
    },
    signin: {
      title: 'Connexion', intro: 'Choisissez qui vous êtes pour ouvrir la console.',
      demo: 'Mode démonstration : la plateforme émet elle-même un jeton pour le rôle choisi.',
      cityStaff: 'Personnel d’une cité', above: 'Siège ou conseil régional', city: 'Cité', role: 'Rôle',
      region: 'Région', submit: 'Se connecter', oidc: 'Se connecter avec le fournisseur d’identité',
      noIdp: 'Aucun fournisseur d’identité n’est configuré (cmc.console.oidc.issuer).',
      expired: 'Votre session a expiré : reconnectez-vous.',
    },
    common: {
      academicYear: 'Année de formation', fiscalYear: 'Exercice', month: 'Mois', all: 'Tous', loading: 'Chargement…',
      save: 'Enregistrer', cancel: 'Annuler', create: 'Créer', search: 'Rechercher', refresh: 'Actualiser',
      export: 'Exporter', exportCsv: 'CSV', exportXlsx: 'Excel (XLSX)', details: 'Détails', back: 'Retour',
      status: 'Statut', name: 'Nom', nameFr: 'Nom (français)', nameAr: 'Nom (arabe)', code: 'Code', date: 'Date',
      amount: 'Montant', reason: 'Motif', yes: 'Oui', no: 'Non', none: 'Aucun', saved: 'Enregistré.', actions: 'Actions',
      from: 'Du', to: 'Au', total: 'Total', city: 'Cité', region: 'Région', funder: 'Financeur',
    },
    table: { empty: 'Rien à afficher.', previous: 'Précédent', next: 'Suivant', pageOf: 'Page {page} sur {pages}', total: '{total} au total', pages: 'Pages' },
    error: {
      generic: 'La demande a échoué.', forbidden: 'Votre rôle ne permet pas cette action.',
      notFound: 'Introuvable (ou hors de votre périmètre).', unreachable: 'La plateforme ne répond pas.',
      invalid: 'Saisie invalide : voir les champs signalés.', conflict: 'Conflit avec l’état actuel des données.',
      refused: 'Refusé par une règle de gestion.',
    },
    home: { title: 'Bienvenue', pick: 'Choisissez un écran dans le menu.' },
  },
  ar: {
    app: { title: 'مدن المهن والكفاءات — الواجهة', name: 'مدن المهن والكفاءات', skip: 'الانتقال إلى المحتوى' },
    nav: { city: 'مدينتي', hq: 'المقر (مكتب التكوين المهني)', audit: 'الافتحاص الجهوي', signOut: 'تسجيل الخروج', language: 'اللغة' },
    role: {
      'city-director': 'مدير(ة) المدينة', 'admissions-officer': 'مكلف(ة) بالقبول', registrar: 'مصلحة الشؤون الدراسية',
      'finance-officer': 'المالية', 'campus-manager': 'تدبير الحرم', 'career-advisor': 'مركز المسارات المهنية',
      trainer: 'مكون(ة)', 'hq-analyst': 'محلل(ة) بالمقر', 'region-auditor': 'مفتحص(ة) جهوي(ة)',
      'platform-admin': 'مسؤول(ة) المنصة',
    },
    signin: {
      title: 'تسجيل الدخول', intro: 'اختر صفتك لفتح الواجهة.',
      demo: 'وضع العرض: تصدر المنصة بنفسها رمز دخول للدور المختار.',
      cityStaff: 'أطر مدينة', above: 'المقر أو المجلس الجهوي', city: 'المدينة', role: 'الدور', region: 'الجهة',
      submit: 'دخول', oidc: 'الدخول عبر مزود الهوية', noIdp: 'لم يُضبط أي مزود للهوية (cmc.console.oidc.issuer).',
      expired: 'انتهت صلاحية الجلسة: يرجى تسجيل الدخول من جديد.',
    },
    common: {
      academicYear: 'السنة التكوينية', fiscalYear: 'السنة المالية', month: 'الشهر', all: 'الكل', loading: 'جارٍ التحميل…',
      save: 'حفظ', cancel: 'إلغاء', create: 'إنشاء', search: 'بحث', refresh: 'تحديث', export: 'تصدير',
      exportCsv: 'CSV', exportXlsx: 'إكسل (XLSX)', details: 'التفاصيل', back: 'رجوع', status: 'الحالة', name: 'الاسم',
      nameFr: 'الاسم (بالفرنسية)', nameAr: 'الاسم (بالعربية)', code: 'الرمز', date: 'التاريخ', amount: 'المبلغ',
      reason: 'السبب', yes: 'نعم', no: 'لا', none: 'لا شيء', saved: 'تم الحفظ.', actions: 'إجراءات', from: 'من', to: 'إلى',
      total: 'المجموع', city: 'المدينة', region: 'الجهة', funder: 'الممول',
    },
    table: { empty: 'لا شيء للعرض.', previous: 'السابق', next: 'التالي', pageOf: 'الصفحة {page} من {pages}', total: 'المجموع: {total}', pages: 'الصفحات' },
    error: {
      generic: 'تعذر تنفيذ الطلب.', forbidden: 'دورك لا يسمح بهذا الإجراء.', notFound: 'غير موجود (أو خارج نطاقك).',
      unreachable: 'المنصة لا تستجيب.', invalid: 'إدخال غير صالح: راجع الحقول المشار إليها.',
      conflict: 'تعارض مع الحالة الحالية للمعطيات.', refused: 'مرفوض بموجب قاعدة تدبيرية.',
    },
    home: { title: 'مرحبا', pick: 'اختر شاشة من القائمة.' },
  },
};
