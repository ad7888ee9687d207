package ma.ofppt.cmc.launcher.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Common Moroccan first names (by sex) and family names, each as a pair of its French (Latin)
 * spelling and its Arabic writing, so that the four name columns of a row always name one person.
 * The spellings are the usual civil-registry ones; like the demo catalogue's Arabic names, they are
 * worth a review by a native speaker.
 */
public final class MoroccanNames {
  /** One name in both scripts. */
  public record Name(String french, String arabic) {}

  public static final List<Name> MALE =
      pairs(
          "Mohamed/محمد, Ahmed/أحمد, Youssef/يوسف, Hamza/حمزة, Omar/عمر, Yassine/ياسين,"
              + " Ayoub/أيوب, Anas/أنس, Mehdi/المهدي, Zakaria/زكرياء, Othmane/عثمان,"
              + " Ismail/إسماعيل, Bilal/بلال, Hicham/هشام, Soufiane/سفيان, Reda/رضا, Amine/أمين,"
              + " Khalid/خالد, Abderrahim/عبد الرحيم, Abdellah/عبد الله, Ilyas/إلياس, Adam/آدم,"
              + " Badr/بدر, Nabil/نبيل, Rachid/رشيد, Tarik/طارق, Walid/وليد, Said/سعيد,"
              + " Karim/كريم, Hassan/حسن, Brahim/إبراهيم, Mustapha/مصطفى, Marouane/مروان,"
              + " Saad/سعد, Houssam/حسام, Achraf/أشرف, Imad/عماد, Oussama/أسامة, Lahcen/لحسن,"
              + " Hamid/حميد, Jawad/جواد, Driss/إدريس, Younes/يونس, Ayman/أيمن, Taha/طه, Ali/علي,"
              + " Noureddine/نور الدين, Abdelkader/عبد القادر, Aziz/عزيز, Mbarek/مبارك");

  public static final List<Name> FEMALE =
      pairs(
          "Fatima Zahra/فاطمة الزهراء, Khadija/خديجة, Salma/سلمى, Imane/إيمان, Aya/آية,"
              + " Hajar/هاجر, Meryem/مريم, Sara/سارة, Chaimae/شيماء, Hiba/هبة, Oumaima/أميمة,"
              + " Nouhaila/نهيلة, Kawtar/كوثر, Zineb/زينب, Asmae/أسماء, Ikram/إكرام,"
              + " Soukaina/سكينة, Yasmine/ياسمين, Hanane/حنان, Nadia/نادية, Loubna/لبنى,"
              + " Ghizlane/غزلان, Naima/نعيمة, Malak/ملاك, Douae/دعاء, Rim/ريم, Wiam/وئام,"
              + " Houda/هدى, Btissam/ابتسام, Samira/سميرة, Siham/سهام, Amina/أمينة, Aicha/عائشة,"
              + " Hafsa/حفصة, Manal/منال, Safae/صفاء, Ilham/إلهام, Rania/رانية, Nisrine/نسرين,"
              + " Sanae/سناء, Yousra/يسرى, Basma/بسمة, Laila/ليلى, Mouna/منى, Widad/وداد,"
              + " Fatima/فاطمة, Hind/هند, Najat/نجاة, Nora/نورة, Touria/ثريا");

  public static final List<Name> FAMILY =
      pairs(
          "El Amrani/العمراني, Alaoui/العلوي, Bennani/بناني, Tazi/التازي, El Idrissi/الإدريسي,"
              + " Berrada/برادة, Benjelloun/بنجلون, Chraibi/الشرايبي, El Fassi/الفاسي,"
              + " Lahlou/لحلو, Ouazzani/الوزاني, Benkirane/بنكيران, El Mansouri/المنصوري,"
              + " Zerouali/الزروالي, Bouzidi/البوزيدي, Naciri/الناصري, Benali/بنعلي,"
              + " Cherkaoui/الشرقاوي, Hajji/الحجي, El Khattabi/الخطابي, Benmoussa/بنموسى,"
              + " Ait Ali/آيت علي, Amzil/أمزيل, Boutaleb/بوطالب, Ziani/الزياني,"
              + " El Hassani/الحساني, Filali/الفيلالي, Sbai/السباعي, Kettani/الكتاني,"
              + " Jabri/الجابري, Saidi/السعيدي, Haddad/الحداد, Najjar/النجار, Kabbaj/القباج,"
              + " Slaoui/السلاوي, Tahiri/الطاهري, Bakkali/البقالي, Raji/الراجي, El Alami/العلمي,"
              + " Azzouzi/العزوزي, Benchekroun/بنشقرون, Daoudi/الداودي, Marzouki/المرزوقي,"
              + " El Ghazi/الغازي, Touzani/التوزاني, Belhaj/بلحاج, Moussaoui/الموساوي,"
              + " Ait Lahcen/آيت لحسن, Ouchen/أوشن, Sahraoui/الصحراوي, Ammari/العماري,"
              + " Boukhari/البخاري, Rifi/الريفي, Lamrani/اللمراني, Mansour/منصور, Ouahbi/وهبي,"
              + " Ma El Ainine/ماء العينين, Bouazza/بوعزة, Fikri/فكري, Khalil/خليل,"
              + " Benomar/بنعمر, Chakir/شاكر, Rahmouni/الرحموني, Skalli/الصقلي");

  private MoroccanNames() {}

  /** {@code "Latin/عربي, Latin/عربي"}. */
  private static List<Name> pairs(String text) {
    List<Name> names = new ArrayList<>();
    for (String pair : text.split(",")) {
      String[] parts = pair.strip().split("/");
      names.add(new Name(parts[0].strip(), parts[1].strip()));
    }
    return List.copyOf(names);
  }
}
