// The regional audit screens' messages in French and Arabic, under `audit.*`. Budget categories
// reuse `national.category.*`, funders `funder.*`, digests' columns `national.digests.*`.
export const messages = {
  fr: {
    audit: {
      nav: { lines: 'Lignes cofinancées', documents: 'Pièces justificatives', verification: 'Vérification du registre' },
      bytes: '{n} octets', ledgerSequence: 'Entrée n°', ledgerHash: 'Empreinte de l’entrée',
      kind: {
        AGREEMENT: 'Convention', BUDGET_LINE: 'Ligne budgétaire', COMMITMENT: 'Engagement', COMMITMENT_REVERSAL: 'Annulation d’engagement',
        INVOICE: 'Facture', PAYMENT: 'Paiement', PAYMENT_REVERSAL: 'Annulation de paiement',
      },
      status: {
        SIGNED: 'Signée', BUDGETED: 'Budgétisée', MADE: 'Engagé', PENDING_APPROVAL: 'En attente d’approbation', APPROVED: 'Approuvé',
        REVERSED: 'Annulé', RECORDED: 'Enregistrée', PAID: 'Payé', REVERSAL: 'Écriture d’annulation',
      },
      subject: { COMMITMENT: 'Engagement', PAYMENT: 'Paiement', UNKNOWN: 'Inconnu' },
      reason: {
        deleted: 'Entrée manquante', reordered: 'Ordre ou chaînage rompu', edited: 'Entrée modifiée',
        'digest-signature': 'Signature de l’empreinte invalide', truncated: 'Chaîne tronquée', rewritten: 'Chaîne réécrite',
      },
      lines: {
        title: 'Lignes cofinancées — Région {region}', intro: 'Les dépenses que la région cofinance, telles que le registre signé de la cité les enregistre, dans l’ordre du registre.',
        count: 'Lignes (filtre en cours)', countHint: 'conventions, budgets, engagements, factures, paiements', payments: 'Paiements',
        documents: 'Pièces justificatives', openHint: 'Choisissez une ligne (clic ou Entrée) pour voir ses parts et ses pièces.',
      },
      line: {
        kind: 'Nature', kindStatus: 'Nature et statut', category: 'Catégorie', subCategory: 'Sous-catégorie', label: 'Libellé', reference: 'Référence',
        supplier: 'Fournisseur (identifiant)', budget: 'Ligne budgétaire', yearCategory: 'Exercice {year} · {category}', regionShare: 'Part de la région', back: '← Lignes cofinancées', facts: 'La ligne',
        shares: 'Répartition entre financeurs', documents: 'Pièces justificatives de la ligne',
        budgetLine: 'Ligne budgétaire', commitment: 'Engagement', reverses: 'Annule la ligne',
      },
      doc: { fileName: 'Fichier', contentType: 'Type', size: 'Taille', subject: 'Rattachée à', line: 'Ligne', openLine: 'Voir la ligne', attachedAt: 'Jointe le' },
      docs: { title: 'Pièces justificatives — Région {region}', intro: 'L’empreinte SHA-256 de chaque pièce permet de vérifier le fichier remis par la cité ; le fichier lui-même n’est pas transmis à la région.' },
      verify: {
        title: 'Vérification du registre — Région {region}', intro: 'Vérifie la chaîne reçue de la cité (ordre, chaînage, empreintes des entrées que la région détient) et la compare à une empreinte signée.',
        run: 'Vérifier maintenant', result: 'Résultat de la vérification', verified: 'Chaîne vérifiée : intacte et conforme à l’empreinte signée',
        broken: 'Chaîne rompue à l’entrée n° {sequence}', againstLatest: 'Comparée à la dernière empreinte signée reçue.',
        againstChosen: 'Comparée à l’empreinte choisie ci-dessous.', useLatest: 'Utiliser la dernière', cityOf: 'Cité : {city}',
        entries: 'Entrées reçues', held: 'Entrées recalculées', heldHint: 'celles dont la région détient le contenu',
        lines: 'Lignes contrôlées', documents: 'Pièces contrôlées', head: 'Tête de la chaîne reçue', digest: 'Empreinte signée',
        digestFacts: '{n} entrées, signée le {at}', noDigest: 'Aucune empreinte reçue : seuls l’ordre et le chaînage sont vérifiés.',
        digests: 'Empreintes signées reçues de la cité', against: 'Vérifier avec celle-ci',
      },
    },
  },
  ar: {
    audit: {
      nav: { lines: 'البنود الممولة بشراكة', documents: 'الوثائق المثبتة', verification: 'التحقق من السجل' },
      bytes: '{n} بايت', ledgerSequence: 'رقم المدخل', ledgerHash: 'بصمة المدخل',
      kind: {
        AGREEMENT: 'اتفاقية', BUDGET_LINE: 'بند ميزانية', COMMITMENT: 'التزام', COMMITMENT_REVERSAL: 'إلغاء التزام',
        INVOICE: 'فاتورة', PAYMENT: 'أداء', PAYMENT_REVERSAL: 'إلغاء أداء',
      },
      status: {
        SIGNED: 'موقعة', BUDGETED: 'مدرج في الميزانية', MADE: 'ملتزم به', PENDING_APPROVAL: 'في انتظار المصادقة', APPROVED: 'مصادق عليه',
        REVERSED: 'ملغى', RECORDED: 'مسجلة', PAID: 'مؤدى', REVERSAL: 'قيد إلغاء',
      },
      subject: { COMMITMENT: 'التزام', PAYMENT: 'أداء', UNKNOWN: 'غير معروف' },
      reason: {
        deleted: 'مدخل مفقود', reordered: 'اختلال في الترتيب أو التسلسل', edited: 'مدخل معدَّل',
        'digest-signature': 'توقيع البصمة غير صالح', truncated: 'سلسلة مبتورة', rewritten: 'سلسلة أعيدت كتابتها',
      },
      lines: {
        title: 'البنود الممولة بشراكة — {region}', intro: 'النفقات التي تساهم الجهة في تمويلها، كما يسجلها السجل الموقع للمدينة، حسب ترتيب السجل.',
        count: 'البنود (حسب التصفية الحالية)', countHint: 'اتفاقيات، ميزانيات، التزامات، فواتير، أداءات', payments: 'الأداءات',
        documents: 'الوثائق المثبتة', openHint: 'اختر بندا (بالنقر أو بمفتاح الإدخال) لعرض حصصه ووثائقه.',
      },
      line: {
        kind: 'النوع', kindStatus: 'النوع والحالة', category: 'الصنف', subCategory: 'الصنف الفرعي', label: 'البيان', reference: 'المرجع',
        supplier: 'المورد (المعرف)', budget: 'بند الميزانية', yearCategory: 'السنة المالية {year} · {category}', regionShare: 'حصة الجهة', back: '→ البنود الممولة بشراكة', facts: 'البند',
        shares: 'التوزيع بين الممولين', documents: 'الوثائق المثبتة للبند',
        budgetLine: 'بند الميزانية', commitment: 'الالتزام', reverses: 'يلغي البند',
      },
      doc: { fileName: 'الملف', contentType: 'النوع', size: 'الحجم', subject: 'مرتبطة بـ', line: 'البند', openLine: 'عرض البند', attachedAt: 'أُرفقت في' },
      docs: { title: 'الوثائق المثبتة — {region}', intro: 'تتيح بصمة SHA-256 لكل وثيقة التحقق من الملف الذي تسلمه المدينة؛ ولا يُنقل الملف نفسه إلى الجهة.' },
      verify: {
        title: 'التحقق من السجل — {region}', intro: 'يتحقق من السلسلة المتوصل بها من المدينة (الترتيب، التسلسل، بصمات المدخلات التي تحوزها الجهة) ويقارنها ببصمة موقعة.',
        run: 'التحقق الآن', result: 'نتيجة التحقق', verified: 'تم التحقق من السلسلة: سليمة ومطابقة للبصمة الموقعة',
        broken: 'السلسلة منقطعة عند المدخل رقم {sequence}', againstLatest: 'قورنت بآخر بصمة موقعة متوصل بها.',
        againstChosen: 'قورنت بالبصمة المختارة أسفله.', useLatest: 'استعمال آخر بصمة', cityOf: 'المدينة: {city}',
        entries: 'المدخلات المتوصل بها', held: 'المدخلات المعاد حسابها', heldHint: 'التي تحوز الجهة مضمونها',
        lines: 'البنود المراقبة', documents: 'الوثائق المراقبة', head: 'رأس السلسلة المتوصل بها', digest: 'البصمة الموقعة',
        digestFacts: '{n} مدخلا، وُقعت في {at}', noDigest: 'لم يُتوصل بأي بصمة: يُتحقق من الترتيب والتسلسل فقط.',
        digests: 'البصمات الموقعة المتوصل بها من المدينة', against: 'التحقق بهذه البصمة',
      },
    },
  },
};
