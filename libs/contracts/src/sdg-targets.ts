import type { Label } from './vocabularies';

/**
 * The 169 targets of the UN Sustainable Development Goals (resolution A/RES/70/1), by their
 * official numbers: 1.1 … 17.19, the means-of-implementation targets lettered (6.a). Titles are
 * the official target texts shortened to what fits a checkbox; the full texts stay with the UN.
 * German titles are this project's translation of the short English titles.
 */
export interface SdgTarget {
  /** The official number, e.g. "11.6" or "6.a". */
  number: string;
  goal: number;
  label: Label;
}

type Row = [number: string, en: string, tr: string, de: string];

// prettier-ignore
const ROWS: Row[] = [
  ['1.1', 'Eradicate extreme poverty', 'Aşırı yoksulluğu ortadan kaldırmak', 'Extreme Armut beseitigen'],
  ['1.2', 'Halve poverty in all its dimensions', 'Tüm boyutlarıyla yoksulluğu yarıya indirmek', 'Armut in allen Dimensionen halbieren'],
  ['1.3', 'Social protection systems for all', 'Herkes için sosyal koruma sistemleri', 'Sozialschutzsysteme für alle'],
  ['1.4', 'Equal rights to economic resources and basic services', 'Ekonomik kaynaklara ve temel hizmetlere eşit erişim hakkı', 'Gleiche Rechte auf wirtschaftliche Ressourcen und Grunddienste'],
  ['1.5', 'Resilience of the poor to disasters and shocks', 'Yoksulların afetlere ve şoklara karşı dayanıklılığı', 'Widerstandskraft der Armen gegen Katastrophen und Schocks'],
  ['1.a', 'Mobilise resources to end poverty', 'Yoksulluğu sona erdirmek için kaynak seferberliği', 'Mittel zur Beendigung der Armut mobilisieren'],
  ['1.b', 'Pro-poor, gender-sensitive policy frameworks', 'Yoksul yanlısı ve toplumsal cinsiyete duyarlı politika çerçeveleri', 'Politische Rahmen für Arme und Geschlechtergerechtigkeit'],

  ['2.1', 'End hunger; safe, nutritious food for all', 'Açlığı sona erdirmek; herkese güvenli ve besleyici gıda', 'Hunger beenden; sichere, nährstoffreiche Nahrung für alle'],
  ['2.2', 'End all forms of malnutrition', 'Yetersiz beslenmenin tüm biçimlerini sona erdirmek', 'Alle Formen der Fehlernährung beenden'],
  ['2.3', 'Double small-scale food producers’ productivity and incomes', 'Küçük ölçekli gıda üreticilerinin verimliliğini ve gelirini iki katına çıkarmak', 'Produktivität und Einkommen kleiner Nahrungsmittelproduzenten verdoppeln'],
  ['2.4', 'Sustainable and resilient food production', 'Sürdürülebilir ve dayanıklı gıda üretimi', 'Nachhaltige und widerstandsfähige Nahrungsmittelproduktion'],
  ['2.5', 'Genetic diversity of seeds, plants and animals', 'Tohum, bitki ve hayvanların genetik çeşitliliği', 'Genetische Vielfalt von Saatgut, Pflanzen und Tieren'],
  ['2.a', 'Invest in rural infrastructure and agricultural research', 'Kırsal altyapıya ve tarımsal araştırmaya yatırım', 'In ländliche Infrastruktur und Agrarforschung investieren'],
  ['2.b', 'Correct trade distortions in world agricultural markets', 'Dünya tarım piyasalarındaki ticari çarpıklıkları düzeltmek', 'Handelsverzerrungen auf den Weltagrarmärkten beseitigen'],
  ['2.c', 'Functioning food commodity markets', 'İşleyen gıda emtia piyasaları', 'Funktionierende Märkte für Nahrungsmittelrohstoffe'],

  ['3.1', 'Reduce maternal mortality', 'Anne ölümlerini azaltmak', 'Müttersterblichkeit senken'],
  ['3.2', 'End preventable deaths of newborns and children under 5', 'Yenidoğan ve 5 yaş altı çocukların önlenebilir ölümlerine son vermek', 'Vermeidbare Todesfälle bei Neugeborenen und Kindern unter 5 beenden'],
  ['3.3', 'End epidemics of AIDS, tuberculosis, malaria and other diseases', 'AIDS, verem, sıtma ve diğer salgın hastalıklara son vermek', 'Epidemien wie AIDS, Tuberkulose und Malaria beenden'],
  ['3.4', 'Reduce non-communicable diseases; promote mental health', 'Bulaşıcı olmayan hastalıkları azaltmak; ruh sağlığını desteklemek', 'Nichtübertragbare Krankheiten senken; psychische Gesundheit fördern'],
  ['3.5', 'Prevent and treat substance abuse', 'Madde bağımlılığını önlemek ve tedavi etmek', 'Substanzmissbrauch verhüten und behandeln'],
  ['3.6', 'Halve road traffic deaths and injuries', 'Trafik kazalarındaki ölüm ve yaralanmaları yarıya indirmek', 'Verkehrstote und -verletzte halbieren'],
  ['3.7', 'Universal access to sexual and reproductive health care', 'Cinsel sağlık ve üreme sağlığı hizmetlerine herkesin erişimi', 'Allgemeiner Zugang zu sexueller und reproduktiver Gesundheitsversorgung'],
  ['3.8', 'Universal health coverage', 'Genel sağlık sigortası', 'Allgemeine Gesundheitsversorgung'],
  ['3.9', 'Reduce illness and death from pollution and hazardous chemicals', 'Kirlilik ve tehlikeli kimyasallardan kaynaklanan hastalık ve ölümleri azaltmak', 'Krankheit und Tod durch Verschmutzung und gefährliche Chemikalien senken'],
  ['3.a', 'Implement the WHO Framework Convention on Tobacco Control', 'DSÖ Tütün Kontrolü Çerçeve Sözleşmesi’ni uygulamak', 'WHO-Rahmenübereinkommen zur Eindämmung des Tabakgebrauchs umsetzen'],
  ['3.b', 'Research and access to vaccines and medicines', 'Aşı ve ilaçlara yönelik araştırma ve erişim', 'Forschung und Zugang zu Impfstoffen und Medikamenten'],
  ['3.c', 'Health financing and health workforce', 'Sağlık finansmanı ve sağlık işgücü', 'Gesundheitsfinanzierung und Gesundheitspersonal'],
  ['3.d', 'Early warning and management of health risks', 'Sağlık risklerine karşı erken uyarı ve risk yönetimi', 'Frühwarnung und Management von Gesundheitsrisiken'],

  ['4.1', 'Free, equitable, quality primary and secondary education', 'Ücretsiz, hakkaniyete uygun ve kaliteli ilk ve ortaöğretim', 'Kostenlose, gerechte und hochwertige Grund- und Sekundarbildung'],
  ['4.2', 'Quality early childhood development and pre-primary education', 'Kaliteli erken çocukluk gelişimi ve okul öncesi eğitim', 'Hochwertige frühkindliche Entwicklung und Vorschulbildung'],
  ['4.3', 'Equal access to technical, vocational and tertiary education', 'Teknik, mesleki ve yükseköğretime eşit erişim', 'Gleicher Zugang zu fachlicher, beruflicher und tertiärer Bildung'],
  ['4.4', 'Skills for employment, decent jobs and entrepreneurship', 'İstihdam, insana yakışır iş ve girişimcilik için beceriler', 'Kompetenzen für Beschäftigung, menschenwürdige Arbeit und Unternehmertum'],
  ['4.5', 'Eliminate disparities in education', 'Eğitimdeki eşitsizlikleri ortadan kaldırmak', 'Ungleichheiten in der Bildung beseitigen'],
  ['4.6', 'Literacy and numeracy for all youth and most adults', 'Tüm gençler ve yetişkinlerin büyük bölümü için okuryazarlık ve temel matematik', 'Lese-, Schreib- und Rechenkenntnisse für alle Jugendlichen und die meisten Erwachsenen'],
  ['4.7', 'Education for sustainable development and global citizenship', 'Sürdürülebilir kalkınma ve küresel vatandaşlık eğitimi', 'Bildung für nachhaltige Entwicklung und Weltbürgerschaft'],
  ['4.a', 'Safe, inclusive and effective learning environments', 'Güvenli, kapsayıcı ve etkili öğrenme ortamları', 'Sichere, inklusive und wirksame Lernumgebungen'],
  ['4.b', 'Scholarships for developing countries', 'Gelişmekte olan ülkeler için burslar', 'Stipendien für Entwicklungsländer'],
  ['4.c', 'Supply of qualified teachers', 'Nitelikli öğretmen arzı', 'Angebot an qualifizierten Lehrkräften'],

  ['5.1', 'End discrimination against women and girls', 'Kadınlara ve kız çocuklarına yönelik ayrımcılığa son vermek', 'Diskriminierung von Frauen und Mädchen beenden'],
  ['5.2', 'Eliminate violence against women and girls', 'Kadınlara ve kız çocuklarına yönelik şiddeti ortadan kaldırmak', 'Gewalt gegen Frauen und Mädchen beseitigen'],
  ['5.3', 'Eliminate child marriage and female genital mutilation', 'Çocuk yaşta evliliği ve kadın sünnetini ortadan kaldırmak', 'Kinderheirat und weibliche Genitalverstümmelung beseitigen'],
  ['5.4', 'Value unpaid care and domestic work', 'Ücretsiz bakım ve ev işlerinin değerini tanımak', 'Unbezahlte Pflege- und Hausarbeit anerkennen'],
  ['5.5', 'Women’s full participation and leadership in decision-making', 'Kadınların karar alma süreçlerine tam katılımı ve liderliği', 'Volle Teilhabe und Führungsrolle von Frauen bei Entscheidungen'],
  ['5.6', 'Universal access to sexual and reproductive health and rights', 'Cinsel sağlık, üreme sağlığı ve üreme haklarına herkesin erişimi', 'Allgemeiner Zugang zu sexueller und reproduktiver Gesundheit und Rechten'],
  ['5.a', 'Equal rights for women to economic resources', 'Kadınlara ekonomik kaynaklar üzerinde eşit haklar', 'Gleiche Rechte von Frauen auf wirtschaftliche Ressourcen'],
  ['5.b', 'Technology to empower women', 'Kadınların güçlenmesi için teknoloji', 'Technologie zur Stärkung von Frauen'],
  ['5.c', 'Policies and laws for gender equality', 'Toplumsal cinsiyet eşitliği için politika ve mevzuat', 'Politik und Gesetze für Geschlechtergleichstellung'],

  ['6.1', 'Safe and affordable drinking water', 'Güvenli ve erişilebilir içme suyu', 'Sicheres und bezahlbares Trinkwasser'],
  ['6.2', 'Sanitation and hygiene for all; end open defecation', 'Herkes için sanitasyon ve hijyen; açıkta tuvalet ihtiyacını gidermeye son', 'Sanitärversorgung und Hygiene für alle; keine Notdurft im Freien'],
  ['6.3', 'Improve water quality; halve untreated wastewater', 'Su kalitesini iyileştirmek; arıtılmamış atık suyu yarıya indirmek', 'Wasserqualität verbessern; unbehandeltes Abwasser halbieren'],
  ['6.4', 'Water-use efficiency and freshwater supply', 'Su kullanım verimliliği ve tatlı su temini', 'Effiziente Wassernutzung und Süßwasserversorgung'],
  ['6.5', 'Integrated water resources management', 'Bütünleşik su kaynakları yönetimi', 'Integriertes Wasserressourcen-Management'],
  ['6.6', 'Protect and restore water-related ecosystems', 'Su ile ilgili ekosistemleri korumak ve onarmak', 'Wasserverbundene Ökosysteme schützen und wiederherstellen'],
  ['6.a', 'International cooperation on water and sanitation', 'Su ve sanitasyonda uluslararası işbirliği', 'Internationale Zusammenarbeit bei Wasser und Sanitärversorgung'],
  ['6.b', 'Local communities’ participation in water and sanitation management', 'Yerel toplulukların su ve sanitasyon yönetimine katılımı', 'Beteiligung lokaler Gemeinschaften an der Wasser- und Sanitärbewirtschaftung'],

  ['7.1', 'Universal access to modern energy', 'Modern enerjiye herkesin erişimi', 'Allgemeiner Zugang zu moderner Energie'],
  ['7.2', 'Increase the share of renewable energy', 'Yenilenebilir enerjinin payını artırmak', 'Anteil erneuerbarer Energie erhöhen'],
  ['7.3', 'Double the improvement in energy efficiency', 'Enerji verimliliğindeki iyileşme oranını iki katına çıkarmak', 'Steigerungsrate der Energieeffizienz verdoppeln'],
  ['7.a', 'International cooperation on clean energy research and investment', 'Temiz enerji araştırma ve yatırımlarında uluslararası işbirliği', 'Internationale Zusammenarbeit bei Forschung und Investitionen in saubere Energie'],
  ['7.b', 'Expand infrastructure for sustainable energy services', 'Sürdürülebilir enerji hizmetleri için altyapıyı genişletmek', 'Infrastruktur für nachhaltige Energiedienstleistungen ausbauen'],

  ['8.1', 'Sustained per capita economic growth', 'Kişi başına sürdürülebilir ekonomik büyüme', 'Dauerhaftes Pro-Kopf-Wirtschaftswachstum'],
  ['8.2', 'Productivity through diversification, technology and innovation', 'Çeşitlendirme, teknoloji ve yenilikçilikle verimlilik', 'Produktivität durch Diversifizierung, Technologie und Innovation'],
  ['8.3', 'Policies for decent jobs, entrepreneurship and small enterprises', 'İnsana yakışır iş, girişimcilik ve küçük işletmeler için politikalar', 'Politik für menschenwürdige Arbeit, Unternehmertum und Kleinunternehmen'],
  ['8.4', 'Resource efficiency; decouple growth from environmental degradation', 'Kaynak verimliliği; büyümeyi çevresel bozulmadan ayırmak', 'Ressourceneffizienz; Wachstum von Umweltzerstörung entkoppeln'],
  ['8.5', 'Full employment and equal pay for work of equal value', 'Tam istihdam ve eşit değerde işe eşit ücret', 'Vollbeschäftigung und gleicher Lohn für gleichwertige Arbeit'],
  ['8.6', 'Reduce youth not in employment, education or training', 'İstihdamda, eğitimde ya da öğretimde olmayan gençleri azaltmak', 'Anteil junger Menschen ohne Arbeit, Bildung oder Ausbildung senken'],
  ['8.7', 'End forced labour, human trafficking and child labour', 'Zorla çalıştırma, insan ticareti ve çocuk işçiliğine son vermek', 'Zwangsarbeit, Menschenhandel und Kinderarbeit beenden'],
  ['8.8', 'Protect labour rights; safe working environments', 'İşçi haklarını korumak; güvenli çalışma ortamları', 'Arbeitsrechte schützen; sichere Arbeitsumgebungen'],
  ['8.9', 'Sustainable tourism that creates jobs and promotes local culture', 'İş yaratan, yerel kültürü tanıtan sürdürülebilir turizm', 'Nachhaltiger Tourismus, der Arbeitsplätze schafft und lokale Kultur fördert'],
  ['8.10', 'Access to banking, insurance and financial services', 'Bankacılık, sigorta ve finansal hizmetlere erişim', 'Zugang zu Bank-, Versicherungs- und Finanzdienstleistungen'],
  ['8.a', 'Aid for Trade support for developing countries', 'Gelişmekte olan ülkelere Ticaret için Yardım desteği', 'Handelsbezogene Hilfe für Entwicklungsländer'],
  ['8.b', 'Global strategy for youth employment', 'Genç istihdamı için küresel strateji', 'Globale Strategie für Jugendbeschäftigung'],

  ['9.1', 'Quality, reliable, sustainable and resilient infrastructure', 'Kaliteli, güvenilir, sürdürülebilir ve dayanıklı altyapı', 'Hochwertige, verlässliche, nachhaltige und widerstandsfähige Infrastruktur'],
  ['9.2', 'Inclusive and sustainable industrialisation', 'Kapsayıcı ve sürdürülebilir sanayileşme', 'Inklusive und nachhaltige Industrialisierung'],
  ['9.3', 'Small enterprises’ access to finance and value chains', 'Küçük işletmelerin finansmana ve değer zincirlerine erişimi', 'Zugang kleiner Unternehmen zu Finanzmitteln und Wertschöpfungsketten'],
  ['9.4', 'Upgrade infrastructure and industries for sustainability', 'Altyapı ve sanayileri sürdürülebilirlik için iyileştirmek', 'Infrastruktur und Industrie nachhaltig modernisieren'],
  ['9.5', 'Enhance research and technological capabilities', 'Araştırmayı ve teknolojik kapasiteyi geliştirmek', 'Forschung und technologische Kapazitäten stärken'],
  ['9.a', 'Sustainable infrastructure development in developing countries', 'Gelişmekte olan ülkelerde sürdürülebilir altyapı geliştirme', 'Nachhaltige Infrastrukturentwicklung in Entwicklungsländern'],
  ['9.b', 'Domestic technology development and innovation', 'Yerli teknoloji geliştirme ve yenilikçilik', 'Einheimische Technologieentwicklung und Innovation'],
  ['9.c', 'Access to information and communications technology', 'Bilgi ve iletişim teknolojilerine erişim', 'Zugang zu Informations- und Kommunikationstechnologie'],

  ['10.1', 'Income growth of the bottom 40 per cent', 'En alttaki yüzde 40’ın gelir artışı', 'Einkommenswachstum der unteren 40 Prozent'],
  ['10.2', 'Social, economic and political inclusion of all', 'Herkesin sosyal, ekonomik ve siyasi katılımı', 'Soziale, wirtschaftliche und politische Inklusion aller'],
  ['10.3', 'Equal opportunity; end discriminatory laws and practices', 'Fırsat eşitliği; ayrımcı yasa ve uygulamalara son', 'Chancengleichheit; diskriminierende Gesetze und Praktiken abschaffen'],
  ['10.4', 'Fiscal, wage and social protection policies for equality', 'Eşitlik için maliye, ücret ve sosyal koruma politikaları', 'Fiskal-, Lohn- und Sozialschutzpolitik für mehr Gleichheit'],
  ['10.5', 'Regulate global financial markets and institutions', 'Küresel finans piyasalarını ve kurumlarını düzenlemek', 'Globale Finanzmärkte und -institutionen regulieren'],
  ['10.6', 'Voice of developing countries in global institutions', 'Küresel kurumlarda gelişmekte olan ülkelerin sesi', 'Stimme der Entwicklungsländer in globalen Institutionen'],
  ['10.7', 'Safe, orderly and responsible migration', 'Güvenli, düzenli ve sorumlu göç', 'Sichere, geordnete und verantwortungsvolle Migration'],
  ['10.a', 'Special and differential treatment in trade', 'Ticarette özel ve farklı muamele', 'Besondere und differenzierte Behandlung im Handel'],
  ['10.b', 'Development assistance and investment where the need is greatest', 'İhtiyacın en büyük olduğu yerlere kalkınma yardımı ve yatırım', 'Entwicklungshilfe und Investitionen, wo der Bedarf am größten ist'],
  ['10.c', 'Reduce the cost of migrant remittances', 'Göçmen para transferlerinin maliyetini azaltmak', 'Kosten für Heimatüberweisungen von Migranten senken'],

  ['11.1', 'Adequate, safe and affordable housing; upgrade slums', 'Yeterli, güvenli ve satın alınabilir konut; gecekondu bölgelerinin iyileştirilmesi', 'Angemessener, sicherer und bezahlbarer Wohnraum; Slums sanieren'],
  ['11.2', 'Safe, affordable, accessible and sustainable transport', 'Güvenli, erişilebilir ve sürdürülebilir ulaşım sistemleri', 'Sichere, bezahlbare, barrierefreie und nachhaltige Verkehrssysteme'],
  ['11.3', 'Inclusive urbanisation and participatory planning', 'Kapsayıcı kentleşme ve katılımcı planlama', 'Inklusive Verstädterung und partizipative Planung'],
  ['11.4', 'Protect cultural and natural heritage', 'Kültürel ve doğal mirası korumak', 'Kultur- und Naturerbe schützen'],
  ['11.5', 'Reduce deaths and losses from disasters', 'Afetlerden kaynaklanan ölümleri ve kayıpları azaltmak', 'Todesfälle und Schäden durch Katastrophen verringern'],
  ['11.6', 'Reduce cities’ environmental impact: air quality and waste', 'Kentlerin çevresel etkisini azaltmak: hava kalitesi ve atık yönetimi', 'Umweltbelastung der Städte senken: Luftqualität und Abfall'],
  ['11.7', 'Safe, inclusive and accessible green and public spaces', 'Güvenli, kapsayıcı ve erişilebilir yeşil alanlar ve kamusal alanlar', 'Sichere, inklusive und zugängliche Grünflächen und öffentliche Räume'],
  ['11.a', 'Links between urban, peri-urban and rural areas', 'Kentsel, kent çevresi ve kırsal alanlar arasındaki bağlar', 'Verbindungen zwischen städtischen, stadtnahen und ländlichen Gebieten'],
  ['11.b', 'Integrated policies for inclusion, climate and disaster risk', 'Kapsayıcılık, iklim ve afet riski için bütünleşik politikalar', 'Integrierte Politik für Inklusion, Klima und Katastrophenrisiko'],
  ['11.c', 'Sustainable, resilient buildings in least developed countries', 'En az gelişmiş ülkelerde sürdürülebilir ve dayanıklı binalar', 'Nachhaltige, widerstandsfähige Gebäude in den am wenigsten entwickelten Ländern'],

  ['12.1', 'Implement the 10-year framework on sustainable consumption and production', 'Sürdürülebilir tüketim ve üretim için 10 yıllık çerçeveyi uygulamak', 'Zehnjahres-Programmrahmen für nachhaltigen Konsum und Produktion umsetzen'],
  ['12.2', 'Sustainable management and efficient use of natural resources', 'Doğal kaynakların sürdürülebilir yönetimi ve verimli kullanımı', 'Nachhaltige Bewirtschaftung und effiziente Nutzung natürlicher Ressourcen'],
  ['12.3', 'Halve food waste; reduce food losses', 'Gıda israfını yarıya indirmek; gıda kayıplarını azaltmak', 'Lebensmittelverschwendung halbieren; Nahrungsmittelverluste senken'],
  ['12.4', 'Sound management of chemicals and all wastes', 'Kimyasalların ve tüm atıkların çevreye duyarlı yönetimi', 'Umweltgerechter Umgang mit Chemikalien und allen Abfällen'],
  ['12.5', 'Reduce waste through prevention, reduction, recycling and reuse', 'Önleme, azaltma, geri dönüşüm ve yeniden kullanımla atığı azaltmak', 'Abfall durch Vermeidung, Verminderung, Recycling und Wiederverwendung verringern'],
  ['12.6', 'Companies adopt sustainable practices and reporting', 'Şirketlerin sürdürülebilir uygulamalar ve raporlama benimsemesi', 'Unternehmen führen nachhaltige Verfahren und Berichterstattung ein'],
  ['12.7', 'Sustainable public procurement', 'Sürdürülebilir kamu alımları', 'Nachhaltige öffentliche Beschaffung'],
  ['12.8', 'Information and awareness for sustainable lifestyles', 'Sürdürülebilir yaşam tarzları için bilgi ve farkındalık', 'Informationen und Bewusstsein für nachhaltige Lebensweisen'],
  ['12.a', 'Scientific and technological capacity for sustainable consumption', 'Sürdürülebilir tüketim için bilimsel ve teknolojik kapasite', 'Wissenschaftliche und technologische Kapazitäten für nachhaltigen Konsum'],
  ['12.b', 'Monitor sustainable tourism’s development impacts', 'Sürdürülebilir turizmin kalkınma etkilerini izlemek', 'Entwicklungswirkungen des nachhaltigen Tourismus beobachten'],
  ['12.c', 'Rationalise inefficient fossil-fuel subsidies', 'Verimsiz fosil yakıt sübvansiyonlarını rasyonelleştirmek', 'Ineffiziente Subventionen für fossile Brennstoffe abbauen'],

  ['13.1', 'Resilience and adaptive capacity to climate-related hazards', 'İklimle ilgili tehlikelere karşı dayanıklılık ve uyum kapasitesi', 'Widerstandskraft und Anpassungsfähigkeit gegenüber Klimagefahren'],
  ['13.2', 'Integrate climate change measures into policies and planning', 'İklim değişikliği önlemlerini politika ve planlamaya entegre etmek', 'Klimaschutzmaßnahmen in Politik und Planung einbeziehen'],
  ['13.3', 'Education and awareness on climate change', 'İklim değişikliği konusunda eğitim ve farkındalık', 'Bildung und Bewusstsein zum Klimawandel'],
  ['13.a', 'Mobilise climate finance; the Green Climate Fund', 'İklim finansmanını seferber etmek; Yeşil İklim Fonu', 'Klimafinanzierung mobilisieren; Grüner Klimafonds'],
  ['13.b', 'Climate planning capacity in least developed countries', 'En az gelişmiş ülkelerde iklim planlama kapasitesi', 'Kapazitäten für Klimaplanung in den am wenigsten entwickelten Ländern'],

  ['14.1', 'Reduce marine pollution', 'Deniz kirliliğini azaltmak', 'Meeresverschmutzung verringern'],
  ['14.2', 'Protect and restore marine and coastal ecosystems', 'Deniz ve kıyı ekosistemlerini korumak ve onarmak', 'Meeres- und Küstenökosysteme schützen und wiederherstellen'],
  ['14.3', 'Reduce ocean acidification', 'Okyanus asitlenmesini azaltmak', 'Versauerung der Ozeane verringern'],
  ['14.4', 'Sustainable fishing; end overfishing', 'Sürdürülebilir balıkçılık; aşırı avlanmaya son', 'Nachhaltige Fischerei; Überfischung beenden'],
  ['14.5', 'Conserve at least 10 per cent of coastal and marine areas', 'Kıyı ve deniz alanlarının en az yüzde 10’unu korumak', 'Mindestens 10 Prozent der Küsten- und Meeresgebiete erhalten'],
  ['14.6', 'End subsidies that contribute to overfishing', 'Aşırı avlanmaya katkıda bulunan sübvansiyonlara son vermek', 'Subventionen abschaffen, die zur Überfischung beitragen'],
  ['14.7', 'Economic benefits from sustainable use of marine resources', 'Deniz kaynaklarının sürdürülebilir kullanımından ekonomik fayda', 'Wirtschaftlicher Nutzen aus nachhaltiger Nutzung der Meeresressourcen'],
  ['14.a', 'Scientific knowledge and marine technology', 'Bilimsel bilgi ve deniz teknolojisi', 'Wissenschaftliche Kenntnisse und Meerestechnologie'],
  ['14.b', 'Small-scale fishers’ access to marine resources and markets', 'Küçük ölçekli balıkçıların deniz kaynaklarına ve pazarlara erişimi', 'Zugang kleiner Fischer zu Meeresressourcen und Märkten'],
  ['14.c', 'Implement international law of the sea (UNCLOS)', 'Uluslararası deniz hukukunu (UNCLOS) uygulamak', 'Internationales Seerecht (UNCLOS) umsetzen'],

  ['15.1', 'Conserve terrestrial and inland freshwater ecosystems', 'Karasal ve iç tatlı su ekosistemlerini korumak', 'Land- und Binnensüßwasser-Ökosysteme erhalten'],
  ['15.2', 'Sustainable forest management; halt deforestation', 'Sürdürülebilir orman yönetimi; ormansızlaşmayı durdurmak', 'Nachhaltige Waldbewirtschaftung; Entwaldung beenden'],
  ['15.3', 'Combat desertification; restore degraded land', 'Çölleşmeyle mücadele; bozulmuş toprakları onarmak', 'Wüstenbildung bekämpfen; geschädigte Böden wiederherstellen'],
  ['15.4', 'Conserve mountain ecosystems', 'Dağ ekosistemlerini korumak', 'Bergökosysteme erhalten'],
  ['15.5', 'Halt biodiversity loss; protect threatened species', 'Biyolojik çeşitlilik kaybını durdurmak; tehdit altındaki türleri korumak', 'Verlust der Biodiversität stoppen; bedrohte Arten schützen'],
  ['15.6', 'Fair sharing of benefits from genetic resources', 'Genetik kaynaklardan doğan faydaların adil paylaşımı', 'Gerechte Aufteilung der Vorteile aus genetischen Ressourcen'],
  ['15.7', 'End poaching and trafficking of protected species', 'Korunan türlerin kaçak avlanmasına ve ticaretine son vermek', 'Wilderei und Handel mit geschützten Arten beenden'],
  ['15.8', 'Prevent invasive alien species', 'İstilacı yabancı türleri önlemek', 'Invasive gebietsfremde Arten verhindern'],
  ['15.9', 'Integrate biodiversity values into planning', 'Biyolojik çeşitlilik değerlerini planlamaya entegre etmek', 'Werte der Biodiversität in die Planung einbeziehen'],
  ['15.a', 'Finance for biodiversity and ecosystems', 'Biyolojik çeşitlilik ve ekosistemler için finansman', 'Finanzmittel für Biodiversität und Ökosysteme'],
  ['15.b', 'Finance for sustainable forest management', 'Sürdürülebilir orman yönetimi için finansman', 'Finanzmittel für nachhaltige Waldbewirtschaftung'],
  ['15.c', 'Combat poaching and trafficking globally', 'Kaçak avcılık ve ticaretle küresel mücadele', 'Wilderei und Artenhandel weltweit bekämpfen'],

  ['16.1', 'Reduce all forms of violence and related deaths', 'Şiddetin tüm biçimlerini ve ilgili ölümleri azaltmak', 'Alle Formen der Gewalt und gewaltbedingte Todesfälle verringern'],
  ['16.2', 'End abuse, exploitation, trafficking and violence against children', 'Çocuklara yönelik istismar, sömürü, ticaret ve şiddete son vermek', 'Missbrauch, Ausbeutung, Handel und Gewalt gegen Kinder beenden'],
  ['16.3', 'Rule of law and equal access to justice', 'Hukukun üstünlüğü ve adalete eşit erişim', 'Rechtsstaatlichkeit und gleicher Zugang zur Justiz'],
  ['16.4', 'Reduce illicit financial and arms flows; fight organised crime', 'Yasadışı finans ve silah akışlarını azaltmak; organize suçla mücadele', 'Illegale Finanz- und Waffenströme verringern; organisierte Kriminalität bekämpfen'],
  ['16.5', 'Reduce corruption and bribery', 'Yolsuzluk ve rüşveti azaltmak', 'Korruption und Bestechung verringern'],
  ['16.6', 'Effective, accountable and transparent institutions', 'Etkili, hesap verebilir ve şeffaf kurumlar', 'Leistungsfähige, rechenschaftspflichtige und transparente Institutionen'],
  ['16.7', 'Responsive, inclusive and participatory decision-making', 'Duyarlı, kapsayıcı ve katılımcı karar alma', 'Bedarfsorientierte, inklusive und partizipative Entscheidungsfindung'],
  ['16.8', 'Participation of developing countries in global governance', 'Gelişmekte olan ülkelerin küresel yönetişime katılımı', 'Teilhabe der Entwicklungsländer an der Global Governance'],
  ['16.9', 'Legal identity for all, including birth registration', 'Doğum kaydı dahil herkes için yasal kimlik', 'Rechtliche Identität für alle, einschließlich Geburtenregistrierung'],
  ['16.10', 'Public access to information; fundamental freedoms', 'Bilgiye kamusal erişim; temel özgürlükler', 'Öffentlicher Zugang zu Informationen; Grundfreiheiten'],
  ['16.a', 'Strengthen institutions to prevent violence, terrorism and crime', 'Şiddeti, terörü ve suçu önlemek için kurumları güçlendirmek', 'Institutionen zur Verhütung von Gewalt, Terrorismus und Kriminalität stärken'],
  ['16.b', 'Non-discriminatory laws and policies', 'Ayrımcı olmayan yasa ve politikalar', 'Nichtdiskriminierende Gesetze und Politik'],

  ['17.1', 'Domestic resource mobilisation and tax collection', 'Yurt içi kaynak seferberliği ve vergi toplama', 'Mobilisierung einheimischer Ressourcen und Steuererhebung'],
  ['17.2', 'Official development assistance commitments', 'Resmi kalkınma yardımı taahhütleri', 'Zusagen öffentlicher Entwicklungshilfe'],
  ['17.3', 'Additional financial resources for developing countries', 'Gelişmekte olan ülkeler için ek finansal kaynaklar', 'Zusätzliche Finanzmittel für Entwicklungsländer'],
  ['17.4', 'Long-term debt sustainability', 'Uzun vadeli borç sürdürülebilirliği', 'Langfristige Schuldentragfähigkeit'],
  ['17.5', 'Investment promotion for least developed countries', 'En az gelişmiş ülkeler için yatırım teşviki', 'Investitionsförderung für die am wenigsten entwickelten Länder'],
  ['17.6', 'Cooperation on science, technology and innovation', 'Bilim, teknoloji ve yenilikçilikte işbirliği', 'Zusammenarbeit in Wissenschaft, Technologie und Innovation'],
  ['17.7', 'Environmentally sound technologies for developing countries', 'Gelişmekte olan ülkeler için çevreye duyarlı teknolojiler', 'Umweltverträgliche Technologien für Entwicklungsländer'],
  ['17.8', 'Technology bank and enabling technologies', 'Teknoloji bankası ve kolaylaştırıcı teknolojiler', 'Technologiebank und Grundlagentechnologien'],
  ['17.9', 'Capacity-building for the SDGs', 'SKA’lar için kapasite geliştirme', 'Kapazitätsaufbau für die Nachhaltigkeitsziele'],
  ['17.10', 'Universal, rules-based, fair multilateral trading system', 'Evrensel, kurallara dayalı ve adil çok taraflı ticaret sistemi', 'Universelles, regelgestütztes, gerechtes multilaterales Handelssystem'],
  ['17.11', 'Increase developing countries’ exports', 'Gelişmekte olan ülkelerin ihracatını artırmak', 'Exporte der Entwicklungsländer steigern'],
  ['17.12', 'Duty-free, quota-free market access', 'Gümrüksüz ve kotasız pazar erişimi', 'Zoll- und kontingentfreier Marktzugang'],
  ['17.13', 'Global macroeconomic stability', 'Küresel makroekonomik istikrar', 'Globale makroökonomische Stabilität'],
  ['17.14', 'Policy coherence for sustainable development', 'Sürdürülebilir kalkınma için politika tutarlılığı', 'Politikkohärenz für nachhaltige Entwicklung'],
  ['17.15', 'Respect each country’s policy space', 'Her ülkenin politika alanına saygı göstermek', 'Politischen Handlungsspielraum jedes Landes respektieren'],
  ['17.16', 'Global partnership for sustainable development', 'Sürdürülebilir kalkınma için küresel ortaklık', 'Globale Partnerschaft für nachhaltige Entwicklung'],
  ['17.17', 'Effective public, public-private and civil society partnerships', 'Etkili kamu, kamu-özel sektör ve sivil toplum ortaklıkları', 'Wirksame öffentliche, öffentlich-private und zivilgesellschaftliche Partnerschaften'],
  ['17.18', 'Capacity for high-quality, timely, disaggregated data', 'Yüksek kaliteli, zamanında ve ayrıştırılmış veri kapasitesi', 'Kapazitäten für hochwertige, aktuelle und aufgeschlüsselte Daten'],
  ['17.19', 'Measures of progress beyond GDP; statistical capacity', 'GSYH’nin ötesinde ilerleme ölçütleri; istatistik kapasitesi', 'Fortschrittsmaße über das BIP hinaus; statistische Kapazitäten'],
];

export const SDG_TARGETS: readonly SdgTarget[] = ROWS.map(([number, en, tr, de]) => ({ number, goal: Number(number.split('.')[0]), label: { en, tr, de } }));

export const SDG_TARGET_NUMBERS: readonly string[] = SDG_TARGETS.map((target) => target.number);

const TARGETS_BY_NUMBER: ReadonlyMap<string, SdgTarget> = new Map(SDG_TARGETS.map((target) => [target.number, target]));

export function findSdgTarget(number: string): SdgTarget | undefined {
  return TARGETS_BY_NUMBER.get(number);
}

/** The goal a target number belongs to ("6.a" → 6); null for a number that is no target. */
export function sdgGoalOfTarget(number: string): number | null {
  return TARGETS_BY_NUMBER.get(number)?.goal ?? null;
}

/** A UN indicator code such as "11.6.1" or "6.a.1": its target's number and one more part. */
export const UN_INDICATOR_PATTERN = /^(\d{1,2}\.(?:\d{1,2}|[a-d]))\.\d{1,2}$/;
