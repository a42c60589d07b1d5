// NACE Rev.2 (2008) titles of sections K to U (divisions 64 to 99): English (Eurostat) and Turkish
// (TÜİK). One line a code, `code|English|Turkish`; naceRev2Classes reads them.

export const naceRev2TitlesKtoU = `
K|FINANCIAL AND INSURANCE ACTIVITIES|FİNANS VE SİGORTA FAALİYETLERİ
64|Financial service activities, except insurance and pension funding|Finansal hizmet faaliyetleri (Sigorta ve emeklilik fonları hariç)
64.1|Monetary intermediation|Parasal aracı kuruluşların faaliyetleri
64.11|Central banking|Merkez bankası faaliyetleri
64.19|Other monetary intermediation|Diğer parasal aracılık faaliyetleri
64.20|Activities of holding companies|Holding şirketlerinin faaliyetleri
64.30|Trusts, funds and similar financial entities|Trustlar, fonlar ve benzeri mali varlıklar
64.9|Other financial service activities, except insurance and pension funding|Diğer finansal hizmet faaliyetleri (Sigorta ve emeklilik fonları hariç)
64.91|Financial leasing|Finansal kiralama
64.92|Other credit granting|Diğer kredi verme faaliyetleri
64.99|Other financial service activities, except insurance and pension funding n.e.c.|Başka yerde sınıflandırılmamış diğer finansal hizmet faaliyetleri (Sigorta ve emeklilik fonları hariç)
65|Insurance, reinsurance and pension funding, except compulsory social security|Sigorta, reasürans ve emeklilik fonları (Zorunlu sosyal güvenlik hariç)
65.1|Insurance|Sigorta
65.11|Life insurance|Hayat sigortası
65.12|Non-life insurance|Hayat sigortası dışındaki sigortalar
65.20|Reinsurance|Reasürans
65.30|Pension funding|Emeklilik fonları
66|Activities auxiliary to financial services and insurance activities|Finansal hizmetler ile sigorta faaliyetleri için yardımcı faaliyetler
66.1|Activities auxiliary to financial services, except insurance and pension funding|Finansal hizmetler için yardımcı faaliyetler (Sigorta ve emeklilik fonları hariç)
66.11|Administration of financial markets|Finansal piyasaların yönetimi
66.12|Security and commodity contracts brokerage|Menkul kıymetler ve emtia sözleşmeleri aracılığı
66.19|Other activities auxiliary to financial services, except insurance and pension funding|Finansal hizmetler için yardımcı diğer faaliyetler (Sigorta ve emeklilik fonları hariç)
66.2|Activities auxiliary to insurance and pension funding|Sigorta ve emeklilik fonuna yardımcı faaliyetler
66.21|Risk and damage evaluation|Risk ve hasar değerlemesi
66.22|Activities of insurance agents and brokers|Sigorta acentelerinin ve aracılarının faaliyetleri
66.29|Other activities auxiliary to insurance and pension funding|Sigorta ve emeklilik fonuna yardımcı diğer faaliyetler
66.30|Fund management activities|Fon yönetimi faaliyetleri
L|REAL ESTATE ACTIVITIES|GAYRİMENKUL FAALİYETLERİ
68|Real estate activities|Gayrimenkul faaliyetleri
68.10|Buying and selling of own real estate|Kendine ait gayrimenkulun alınıp satılması
68.20|Rental and operating of own or leased real estate|Kendine ait veya kiralanan gayrimenkulun kiraya verilmesi veya işletilmesi
68.3|Real estate activities on a fee or contract basis|Bir ücret veya sözleşme temeline dayalı olan gayrimenkul faaliyetleri
68.31|Real estate agencies|Gayrimenkul acenteleri
68.32|Management of real estate on a fee or contract basis|Bir ücret veya sözleşme temeline dayalı olarak gayrimenkulun yönetilmesi
M|PROFESSIONAL, SCIENTIFIC AND TECHNICAL ACTIVITIES|MESLEKİ, BİLİMSEL VE TEKNİK FAALİYETLER
69|Legal and accounting activities|Hukuk ve muhasebe faaliyetleri
69.10|Legal activities|Hukuk faaliyetleri
69.20|Accounting, bookkeeping and auditing activities; tax consultancy|Muhasebe, defter tutma ve denetim faaliyetleri; vergi danışmanlığı
70|Activities of head offices; management consultancy activities|İdare merkezi faaliyetleri; idari danışmanlık faaliyetleri
70.10|Activities of head offices|İdare merkezi faaliyetleri
70.2|Management consultancy activities|İdari danışmanlık faaliyetleri
70.21|Public relations and communication activities|Halkla ilişkiler ve iletişim faaliyetleri
70.22|Business and other management consultancy activities|İşletme ve diğer idari danışmanlık faaliyetleri
71|Architectural and engineering activities; technical testing and analysis|Mimarlık ve mühendislik faaliyetleri; teknik test ve analiz faaliyetleri
71.1|Architectural and engineering activities and related technical consultancy|Mimarlık ve mühendislik faaliyetleri ve ilgili teknik danışmanlık
71.11|Architectural activities|Mimarlık faaliyetleri
71.12|Engineering activities and related technical consultancy|Mühendislik faaliyetleri ve ilgili teknik danışmanlık
71.20|Technical testing and analysis|Teknik test ve analiz faaliyetleri
72|Scientific research and development|Bilimsel araştırma ve geliştirme faaliyetleri
72.1|Research and experimental development on natural sciences and engineering|Doğal bilimler ve mühendislikle ilgili araştırma ve deneysel geliştirme faaliyetleri
72.11|Research and experimental development on biotechnology|Biyoteknolojiyle ilgili araştırma ve deneysel geliştirme faaliyetleri
72.19|Other research and experimental development on natural sciences and engineering|Doğal bilimler ve mühendislikle ilgili diğer araştırma ve deneysel geliştirme faaliyetleri
72.20|Research and experimental development on social sciences and humanities|Sosyal bilimlerle ve beşeri bilimlerle ilgili araştırma ve deneysel geliştirme faaliyetleri
73|Advertising and market research|Reklamcılık ve piyasa araştırması
73.1|Advertising|Reklamcılık
73.11|Advertising agencies|Reklam ajanslarının faaliyetleri
73.12|Media representation|Çeşitli medya reklamları için alan ve zamanın bir ücret veya sözleşmeye dayalı olarak satışı
73.20|Market research and public opinion polling|Piyasa ve kamuoyu araştırma faaliyetleri
74|Other professional, scientific and technical activities|Diğer mesleki, bilimsel ve teknik faaliyetler
74.10|Specialised design activities|Uzmanlaşmış tasarım faaliyetleri
74.20|Photographic activities|Fotoğrafçılık faaliyetleri
74.30|Translation and interpretation activities|Tercüme ve sözlü tercüme faaliyetleri
74.90|Other professional, scientific and technical activities n.e.c.|Başka yerde sınıflandırılmamış diğer mesleki, bilimsel ve teknik faaliyetler
75|Veterinary activities|Veterinerlik hizmetleri
75.00|Veterinary activities|Veterinerlik hizmetleri
N|ADMINISTRATIVE AND SUPPORT SERVICE ACTIVITIES|İDARİ VE DESTEK HİZMET FAALİYETLERİ
77|Rental and leasing activities|Kiralama ve leasing faaliyetleri
77.1|Rental and leasing of motor vehicles|Motorlu kara taşıtlarının kiralanması ve leasingi
77.11|Rental and leasing of cars and light motor vehicles|Motorlu hafif kara taşıtlarının ve arabaların kiralanması ve leasingi
77.12|Rental and leasing of trucks|Kamyonların kiralanması ve leasingi
77.2|Rental and leasing of personal and household goods|Kişisel eşyaların ve ev eşyalarının kiralanması ve leasingi
77.21|Rental and leasing of recreational and sports goods|Eğlence ve spor eşyalarının kiralanması ve leasingi
77.22|Rental of video tapes and disks|Video kasetlerin ve disklerin kiralanması
77.29|Rental and leasing of other personal and household goods|Başka yerde sınıflandırılmamış diğer kişisel ve ev eşyalarının kiralanması ve leasingi
77.3|Rental and leasing of other machinery, equipment and tangible goods|Diğer makine, ekipman ve maddi malların kiralanması ve leasingi
77.31|Rental and leasing of agricultural machinery and equipment|Tarımsal makine ve ekipmanların kiralanması ve leasingi
77.32|Rental and leasing of construction and civil engineering machinery and equipment|Bina ve bina dışı inşaatlarda kullanılan makine ve ekipmanların kiralanması ve leasingi
77.33|Rental and leasing of office machinery and equipment (including computers)|Büro makine ve ekipmanlarının (bilgisayarlar dahil) kiralanması ve leasingi
77.34|Rental and leasing of water transport equipment|Su yolu taşımacılığı ekipmanının kiralanması ve leasingi
77.35|Rental and leasing of air transport equipment|Hava taşımacılığı araçlarının kiralanması ve leasingi
77.39|Rental and leasing of other machinery, equipment and tangible goods n.e.c.|Başka yerde sınıflandırılmamış diğer makine, ekipman ve eşyaların kiralanması ve leasingi
77.40|Leasing of intellectual property and similar products, except copyrighted works|Fikri mülkiyet haklarının ve benzer ürünlerin leasingi (Telif hakkı alınmış olan çalışmalar hariç)
78|Employment activities|İstihdam faaliyetleri
78.10|Activities of employment placement agencies|İş bulma acentelerinin faaliyetleri
78.20|Temporary employment agency activities|Geçici iş bulma acentelerinin faaliyetleri
78.30|Other human resources provision|Diğer insan kaynaklarının sağlanması
79|Travel agency, tour operator and other reservation service and related activities|Seyahat acentesi, tur operatörü ve diğer rezervasyon hizmetleri ve ilgili faaliyetler
79.1|Travel agency and tour operator activities|Seyahat acentesi ve tur operatörlerinin faaliyetleri
79.11|Travel agency activities|Seyahat acentesi faaliyetleri
79.12|Tour operator activities|Tur operatörü faaliyetleri
79.90|Other reservation service and related activities|Diğer rezervasyon hizmetleri ve ilgili faaliyetler
80|Security and investigation activities|Güvenlik ve soruşturma faaliyetleri
80.10|Private security activities|Özel güvenlik faaliyetleri
80.20|Security systems service activities|Güvenlik sistemleri hizmet faaliyetleri
80.30|Investigation activities|Soruşturma faaliyetleri
81|Services to buildings and landscape activities|Binalar ile ilgili hizmetler ve çevre düzenlemesi faaliyetleri
81.10|Combined facilities support activities|Tesis bünyesindeki kombine destek hizmetleri
81.2|Cleaning activities|Temizlik faaliyetleri
81.21|General cleaning of buildings|Binaların genel temizliği
81.22|Other building and industrial cleaning activities|Diğer bina ve endüstriyel temizlik faaliyetleri
81.29|Other cleaning activities|Diğer temizlik faaliyetleri
81.30|Landscape service activities|Çevre düzenlemesi ve bakımı faaliyetleri
82|Office administrative, office support and other business support activities|Büro yönetimi, büro destek ve iş destek faaliyetleri
82.1|Office administrative and support activities|Büro yönetimi ve destek faaliyetleri
82.11|Combined office administrative service activities|Kombine büro yönetim hizmeti faaliyetleri
82.19|Photocopying, document preparation and other specialised office support activities|Fotokopi çekme, doküman hazırlama ve diğer uzmanlaşmış büro destek hizmetleri
82.20|Activities of call centres|Çağrı merkezlerinin faaliyetleri
82.30|Organisation of conventions and trade shows|Kongre ve ticari gösteri organizasyonu
82.9|Business support service activities n.e.c.|Başka yerde sınıflandırılmamış işletme destek hizmet faaliyetleri
82.91|Activities of collection agencies and credit bureaus|Tahsilat daireleri ve kredi kayıt bürolarının faaliyetleri
82.92|Packaging activities|Paketleme faaliyetleri
82.99|Other business support service activities n.e.c.|Başka yerde sınıflandırılmamış diğer işletme destek hizmet faaliyetleri
O|PUBLIC ADMINISTRATION AND DEFENCE; COMPULSORY SOCIAL SECURITY|KAMU YÖNETİMİ VE SAVUNMA; ZORUNLU SOSYAL GÜVENLİK
84|Public administration and defence; compulsory social security|Kamu yönetimi ve savunma; zorunlu sosyal güvenlik
84.1|Administration of the State and the economic and social policy of the community|Ülke yönetimi ve toplumun ekonomik ve sosyal politikalarının yönetimi
84.11|General public administration activities|Genel kamu idaresi faaliyetleri
84.12|Regulation of the activities of providing health care, education, cultural services and other social services, excluding social security|Sağlık, eğitim, kültürel hizmetler ve diğer sosyal hizmetleri sağlayan kuruluşların faaliyetlerinin düzenlenmesi (Sosyal güvenlik hariç)
84.13|Regulation of and contribution to more efficient operation of businesses|İş etkinliğinin artırılmasına yönelik katkı ve düzenleme faaliyetleri
84.2|Provision of services to the community as a whole|Bir bütün olarak topluma hizmetlerin sağlanması
84.21|Foreign affairs|Dışişleri ile ilgili hizmetler
84.22|Defence activities|Savunma faaliyetleri
84.23|Justice and judicial activities|Adalet ve yargı organlarının faaliyetleri
84.24|Public order and safety activities|Kamu düzeni ve güvenliği ile ilgili faaliyetler
84.25|Fire service activities|İtfaiye hizmetleri
84.30|Compulsory social security activities|Zorunlu sosyal güvenlik faaliyetleri
P|EDUCATION|EĞİTİM
85|Education|Eğitim
85.10|Pre-primary education|Okul öncesi eğitim
85.20|Primary education|İlköğretim
85.3|Secondary education|Ortaöğretim
85.31|General secondary education|Genel ortaöğretim
85.32|Technical and vocational secondary education|Teknik ve mesleki orta öğretim
85.4|Higher education|Ortaöğretim sonrası yükseköğretim derecesinde olmayan eğitim ve yükseköğretim
85.41|Post-secondary non-tertiary education|Ortaöğretim sonrası yükseköğretim derecesinde olmayan eğitim
85.42|Tertiary education|Yükseköğretim
85.5|Other education|Diğer eğitim
85.51|Sports and recreation education|Spor ve eğlence eğitimi
85.52|Cultural education|Kültürel eğitim
85.53|Driving school activities|Sürücü kursu faaliyetleri
85.59|Other education n.e.c.|Başka yerde sınıflandırılmamış diğer eğitim
85.60|Educational support activities|Eğitimi destekleyici faaliyetler
Q|HUMAN HEALTH AND SOCIAL WORK ACTIVITIES|İNSAN SAĞLIĞI VE SOSYAL HİZMET FAALİYETLERİ
86|Human health activities|İnsan sağlığı hizmetleri
86.10|Hospital activities|Hastane hizmetleri
86.2|Medical and dental practice activities|Tıp ve dişçilik ile ilgili uygulama faaliyetleri
86.21|General medical practice activities|Genel hekimlik uygulama faaliyetleri
86.22|Specialist medical practice activities|Uzman hekimlik ile ilgili uygulama faaliyetleri
86.23|Dental practice activities|Dişçilik ile ilgili uygulama faaliyetleri
86.90|Other human health activities|İnsan sağlığı ile ilgili diğer hizmetler
87|Residential care activities|Yatılı bakım faaliyetleri
87.10|Residential nursing care activities|Hemşireli yatılı bakım faaliyetleri
87.20|Residential care activities for mental retardation, mental health and substance abuse|Zihinsel engellilik, ruh sağlığı ve madde bağımlılığına yönelik yatılı bakım faaliyetleri
87.30|Residential care activities for the elderly and disabled|Yaşlılara ve bedensel engellilere yönelik yatılı bakım faaliyetleri
87.90|Other residential care activities|Diğer yatılı bakım faaliyetleri
88|Social work activities without accommodation|Barınacak yer sağlanmaksızın verilen sosyal hizmetler
88.10|Social work activities without accommodation for the elderly and disabled|Yaşlılar ve bedensel engelliler için barınacak yer sağlanmaksızın verilen sosyal hizmetler
88.9|Other social work activities without accommodation|Barınacak yer sağlanmaksızın verilen diğer sosyal hizmetler
88.91|Child day-care activities|Çocuk gündüz bakım (kreş) faaliyetleri
88.99|Other social work activities without accommodation n.e.c.|Başka yerde sınıflandırılmamış barınacak yer sağlanmaksızın verilen diğer sosyal yardım hizmetleri
R|ARTS, ENTERTAINMENT AND RECREATION|KÜLTÜR, SANAT, EĞLENCE, DİNLENCE VE SPOR
90|Creative, arts and entertainment activities|Yaratıcı sanatlar, gösteri sanatları ve eğlence faaliyetleri
90.0|Creative, arts and entertainment activities|Yaratıcı sanatlar, gösteri sanatları ve eğlence faaliyetleri
90.01|Performing arts|Gösteri sanatları
90.02|Support activities to performing arts|Gösteri sanatlarını destekleyici faaliyetler
90.03|Artistic creation|Sanatsal yaratıcılık faaliyetleri
90.04|Operation of arts facilities|Sanat tesislerinin işletilmesi
91|Libraries, archives, museums and other cultural activities|Kütüphaneler, arşivler, müzeler ve diğer kültürel faaliyetler
91.0|Libraries, archives, museums and other cultural activities|Kütüphaneler, arşivler, müzeler ve diğer kültürel faaliyetler
91.01|Library and archives activities|Kütüphane ve arşivlerin faaliyetleri
91.02|Museums activities|Müzelerin faaliyetleri
91.03|Operation of historical sites and buildings and similar visitor attractions|Tarihi alanlar ve yapılar ile benzeri turistik yerlerin işletilmesi
91.04|Botanical and zoological gardens and nature reserves activities|Botanik bahçeleri, hayvanat bahçeleri ve tabiatı koruma alanlarıyla ilgili faaliyetler
92|Gambling and betting activities|Kumar ve müşterek bahis faaliyetleri
92.00|Gambling and betting activities|Kumar ve müşterek bahis faaliyetleri
93|Sports activities and amusement and recreation activities|Spor faaliyetleri, eğlence ve dinlence faaliyetleri
93.1|Sports activities|Spor faaliyetleri
93.11|Operation of sports facilities|Spor tesislerinin işletilmesi
93.12|Activities of sports clubs|Spor kulüplerinin faaliyetleri
93.13|Fitness facilities|Form tutma salonları ile vücut geliştirme salonları
93.19|Other sports activities|Diğer spor faaliyetleri
93.2|Amusement and recreation activities|Eğlence ve dinlence faaliyetleri
93.21|Activities of amusement parks and theme parks|Eğlence parkları ve lunaparkların faaliyetleri
93.29|Other amusement and recreation activities|Diğer eğlence ve dinlence faaliyetleri
S|OTHER SERVICE ACTIVITIES|DİĞER HİZMET FAALİYETLERİ
94|Activities of membership organisations|Üye olunan kuruluşların faaliyetleri
94.1|Activities of business, employers and professional membership organisations|İş, işveren ve meslek kuruluşlarının faaliyetleri
94.11|Activities of business and employers membership organisations|İş ve işveren kuruluşlarının faaliyetleri
94.12|Activities of professional membership organisations|Profesyonel meslek kuruluşlarının faaliyetleri
94.20|Activities of trade unions|Sendika faaliyetleri
94.9|Activities of other membership organisations|Diğer üyelik organizasyonlarının faaliyetleri
94.91|Activities of religious organisations|Dini kuruluşların faaliyetleri
94.92|Activities of political organisations|Siyasi kuruluşların faaliyetleri
94.99|Activities of other membership organisations n.e.c.|Başka yerde sınıflandırılmamış diğer üye olunan kuruluşların faaliyetleri
95|Repair of computers and personal and household goods|Bilgisayarların, kişisel eşyaların ve ev eşyalarının onarımı
95.1|Repair of computers and communication equipment|Bilgisayarların ve iletişim araç ve gereçlerinin onarımı
95.11|Repair of computers and peripheral equipment|Bilgisayarların ve bilgisayar çevre birimlerinin onarımı
95.12|Repair of communication equipment|İletişim araç ve gereçlerinin onarımı
95.2|Repair of personal and household goods|Kişisel eşyalar ile ev eşyalarının onarımı
95.21|Repair of consumer electronics|Tüketici elektroniği ürünlerinin onarımı
95.22|Repair of household appliances and home and garden equipment|Evde kullanılan cihazlar ile ev ve bahçe gereçlerinin onarımı
95.23|Repair of footwear and leather goods|Ayakkabı ve deri eşyaların onarımı
95.24|Repair of furniture and home furnishings|Mobilyaların ve ev döşemelerinin onarımı
95.25|Repair of watches, clocks and jewellery|Saatlerin ve mücevherlerin onarımı
95.29|Repair of other personal and household goods|Başka yerde sınıflandırılmamış diğer kişisel eşyaların ve ev eşyalarının onarımı
96|Other personal service activities|Diğer hizmet faaliyetleri
96.0|Other personal service activities|Diğer hizmet faaliyetleri
96.01|Washing and (dry-)cleaning of textile and fur products|Tekstil ve kürk ürünlerinin yıkanması ve (kuru) temizlenmesi
96.02|Hairdressing and other beauty treatment|Kuaförlük ve diğer güzellik salonlarının faaliyetleri
96.03|Funeral and related activities|Cenaze işleri ile ilgili faaliyetler
96.04|Physical well-being activities|Hamam, sauna, solaryum salonu, masaj salonu ve benzeri yerlerin faaliyetleri
96.09|Other personal service activities n.e.c.|Başka yerde sınıflandırılmamış diğer hizmet faaliyetleri
T|ACTIVITIES OF HOUSEHOLDS AS EMPLOYERS; UNDIFFERENTIATED GOODS- AND SERVICES-PRODUCING ACTIVITIES OF HOUSEHOLDS FOR OWN USE|HANEHALKLARININ İŞVERENLER OLARAK FAALİYETLERİ; HANEHALKLARI TARAFINDAN KENDİ KULLANIMLARINA YÖNELİK OLARAK AYRIM YAPILMAMIŞ MAL VE HİZMET ÜRETİM FAALİYETLERİ
97|Activities of households as employers of domestic personnel|Ev içi çalışan personelin işverenleri olarak hanehalklarının faaliyetleri
97.00|Activities of households as employers of domestic personnel|Ev içi çalışan personelin işverenleri olarak hanehalklarının faaliyetleri
98|Undifferentiated goods- and services-producing activities of private households for own use|Hanehalkları tarafından kendi kullanımlarına yönelik olarak üretilen ayrım yapılmamış mal ve hizmetler
98.10|Undifferentiated goods-producing activities of private households for own use|Hanehalkları tarafından kendi kullanımlarına yönelik olarak üretilen ayrım yapılmamış mallar
98.20|Undifferentiated service-producing activities of private households for own use|Hanehalkları tarafından kendi kullanımlarına yönelik olarak üretilen ayrım yapılmamış hizmetler
U|ACTIVITIES OF EXTRATERRITORIAL ORGANISATIONS AND BODIES|ULUSLARARASI ÖRGÜTLER VE TEMSİLCİLİKLERİNİN FAALİYETLERİ
99|Activities of extraterritorial organisations and bodies|Uluslararası örgütler ve temsilciliklerinin faaliyetleri
99.00|Activities of extraterritorial organisations and bodies|Uluslararası örgütler ve temsilciliklerinin faaliyetleri
`;
