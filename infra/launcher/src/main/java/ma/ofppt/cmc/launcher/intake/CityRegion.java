package ma.ofppt.cmc.launcher.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an intake file needs to know of a city's region: the provinces and prefectures its
 * applicants live in (the 75 of the 2015 regional division, in 12 regions), each with an
 * illustrative weight that favours the most populous, and the letter that starts the national ids
 * generated for the city. Each city has its own letter, so that two cities' files never share an
 * id; the letters are illustrative, not the real CIN offices.
 */
public record CityRegion(String city, char idLetter, List<Province> provinces) {

  /** A province or prefecture of residence, as written in the "Province" column. */
  public record Province(String name, int weight) {}

  /** The 12 cities, in the order of the tenant table of the reference facts. */
  static final List<CityRegion> ALL =
      List.of(
          city(
              "tanger-tetouan-al-hoceima",
              'K',
              "Tanger-Assilah 10, M'diq-Fnideq 2, Tétouan 5, Fahs-Anjra 1, Larache 4, Al Hoceïma 3,"
                  + " Chefchaouen 4, Ouezzane 3"),
          city(
              "oriental",
              'F',
              "Oujda-Angad 5, Nador 5, Driouch 2, Jerada 1, Berkane 3, Taourirt 2, Guercif 2,"
                  + " Figuig 1"),
          city(
              "fes-meknes",
              'C',
              "Fès 10, Meknès 7, El Hajeb 2, Ifrane 1, Moulay Yacoub 2, Sefrou 3, Boulemane 2,"
                  + " Taounate 5, Taza 5"),
          city(
              "rabat-sale-kenitra",
              'A',
              "Rabat 5, Salé 9, Skhirate-Témara 5, Kénitra 10, Khémisset 4, Sidi Kacem 4,"
                  + " Sidi Slimane 3"),
          city(
              "beni-mellal-khenifra",
              'Q',
              "Béni Mellal 5, Azilal 3, Fquih Ben Salah 3, Khénifra 2, Khouribga 3"),
          city(
              "casablanca-settat",
              'B',
              "Casablanca 20, Mohammédia 2, El Jadida 6, Nouaceur 2, Médiouna 1, Benslimane 1,"
                  + " Berrechid 3, Settat 3, Sidi Bennour 2"),
          city(
              "marrakech-safi",
              'E',
              "Marrakech 10, Chichaoua 2, Al Haouz 3, El Kelâa des Sraghna 4, Essaouira 3,"
                  + " Rehamna 2, Safi 4, Youssoufia 2"),
          city("draa-tafilalet", 'U', "Errachidia 4, Ouarzazate 3, Midelt 3, Tinghir 3, Zagora 3"),
          city(
              "souss-massa",
              'J',
              "Agadir Ida-Outanane 4, Inezgane-Aït Melloul 4, Chtouka-Aït Baha 3, Taroudant 6,"
                  + " Tiznit 2, Tata 1"),
          city("guelmim-oued-noun", 'Y', "Guelmim 4, Assa-Zag 1, Tan-Tan 2, Sidi Ifni 2"),
          city("laayoune-sakia-el-hamra", 'S', "Laâyoune 8, Boujdour 1, Tarfaya 1, Es-Semara 2"),
          city("dakhla-oued-ed-dahab", 'V', "Oued Ed-Dahab 9, Aousserd 1"));

  private static final Map<String, CityRegion> BY_CODE = byCode();

  public static Optional<CityRegion> of(String city) {
    return Optional.ofNullable(BY_CODE.get(city));
  }

  /** The 12 city codes, in table order. */
  public static List<String> codes() {
    return ALL.stream().map(CityRegion::city).toList();
  }

  /** {@code "Name 3, Other name 1"}: each province and its weight, the weight last. */
  private static CityRegion city(String code, char letter, String provinces) {
    List<Province> list = new ArrayList<>();
    for (String entry : provinces.split(",")) {
      String item = entry.strip();
      int space = item.lastIndexOf(' ');
      list.add(new Province(item.substring(0, space), Integer.parseInt(item.substring(space + 1))));
    }
    return new CityRegion(code, letter, List.copyOf(list));
  }

  private static Map<String, CityRegion> byCode() {
    Map<String, CityRegion> map = new HashMap<>();
    for (CityRegion region : ALL) {
      map.put(region.city(), region);
    }
    return Map.copyOf(map);
  }
}
