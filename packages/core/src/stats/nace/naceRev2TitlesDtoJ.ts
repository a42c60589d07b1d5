// NACE Rev.2 (2008) titles of sections D to J (divisions 35 to 63): English (Eurostat) and Turkish
// (TÜİK). One line a code, `code|English|Turkish`; naceRev2Classes reads them.

export const naceRev2TitlesDtoJ = `
D|ELECTRICITY, GAS, STEAM AND AIR CONDITIONING SUPPLY|ELEKTRİK, GAZ, BUHAR VE İKLİMLENDİRME ÜRETİMİ VE DAĞITIMI
35|Electricity, gas, steam and air conditioning supply|Elektrik, gaz, buhar ve havalandırma sistemi üretim ve dağıtımı
35.1|Electric power generation, transmission and distribution|Elektrik enerjisinin üretimi, iletimi ve dağıtımı
35.11|Production of electricity|Elektrik enerjisi üretimi
35.12|Transmission of electricity|Elektrik enerjisinin iletimi
35.13|Distribution of electricity|Elektrik enerjisinin dağıtımı
35.14|Trade of electricity|Elektrik enerjisinin ticareti
35.2|Manufacture of gas; distribution of gaseous fuels through mains|Gaz imalatı; ana şebeke üzerinden gaz yakıtların dağıtımı
35.21|Manufacture of gas|Gaz imalatı
35.22|Distribution of gaseous fuels through mains|Ana şebeke üzerinden gaz yakıtların dağıtımı
35.23|Trade of gas through mains|Ana şebeke üzerinden gaz ticareti
35.30|Steam and air conditioning supply|Buhar ve iklimlendirme temini
E|WATER SUPPLY; SEWERAGE, WASTE MANAGEMENT AND REMEDIATION ACTIVITIES|SU TEMİNİ; KANALİZASYON, ATIK YÖNETİMİ VE İYİLEŞTİRME FAALİYETLERİ
36|Water collection, treatment and supply|Suyun toplanması, arıtılması ve dağıtılması
36.00|Water collection, treatment and supply|Suyun toplanması, arıtılması ve dağıtılması
37|Sewerage|Kanalizasyon
37.00|Sewerage|Kanalizasyon
38|Waste collection, treatment and disposal activities; materials recovery|Atığın toplanması, ıslahı ve bertarafı faaliyetleri; maddelerin geri kazanımı
38.1|Waste collection|Atıkların toplanması
38.11|Collection of non-hazardous waste|Tehlikesiz atıkların toplanması
38.12|Collection of hazardous waste|Tehlikeli atıkların toplanması
38.2|Waste treatment and disposal|Atıkların ıslahı ve bertarafı
38.21|Treatment and disposal of non-hazardous waste|Tehlikesiz atıkların ıslahı ve bertaraf edilmesi
38.22|Treatment and disposal of hazardous waste|Tehlikeli atıkların ıslahı ve bertaraf edilmesi
38.3|Materials recovery|Materyallerin geri kazanımı
38.31|Dismantling of wrecks|Hurdaların parçalara ayrılması
38.32|Recovery of sorted materials|Tasnif edilmiş materyallerin geri kazanımı
39|Remediation activities and other waste management services|İyileştirme faaliyetleri ve diğer atık yönetimi hizmetleri
39.00|Remediation activities and other waste management services|İyileştirme faaliyetleri ve diğer atık yönetimi hizmetleri
F|CONSTRUCTION|İNŞAAT
41|Construction of buildings|Bina inşaatı
41.10|Development of building projects|İnşaat projelerinin geliştirilmesi
41.20|Construction of residential and non-residential buildings|İkamet amaçlı olan veya ikamet amaçlı olmayan binaların inşaatı
42|Civil engineering|Bina dışı yapıların inşaatı
42.1|Construction of roads and railways|Kara ve demir yollarının inşaatı
42.11|Construction of roads and motorways|Kara yolları ve otoyolların inşaatı
42.12|Construction of railways and underground railways|Demir yolları ve metroların inşaatı
42.13|Construction of bridges and tunnels|Köprüler ve tünellerin inşaatı
42.2|Construction of utility projects|Hizmet projelerinin inşaatı
42.21|Construction of utility projects for fluids|Akışkanlar için hizmet projelerinin inşaatı
42.22|Construction of utility projects for electricity and telecommunications|Elektrik ve telekomünikasyon için hizmet projelerinin inşaatı
42.9|Construction of other civil engineering projects|Bina dışı diğer yapılara ait projelerin inşaatı
42.91|Construction of water projects|Su projeleri inşaatı
42.99|Construction of other civil engineering projects n.e.c.|Başka yerde sınıflandırılmamış bina dışı diğer yapılara ait projelerin inşaatı
43|Specialised construction activities|Özel inşaat faaliyetleri
43.1|Demolition and site preparation|Yıkım ve şantiyenin hazırlanması
43.11|Demolition|Yıkım
43.12|Site preparation|Şantiyenin hazırlanması
43.13|Test drilling and boring|Test sondajı ve delme
43.2|Electrical, plumbing and other construction installation activities|Elektrik tesisatı, sıhhi tesisat ve diğer inşaat tesisatı faaliyetleri
43.21|Electrical installation|Elektrik tesisatı
43.22|Plumbing, heat and air-conditioning installation|Sıhhi tesisat, ısıtma ve iklimlendirme tesisatı
43.29|Other construction installation|Diğer inşaat tesisatı
43.3|Building completion and finishing|Binanın tamamlanması ve bitirilmesi
43.31|Plastering|Sıva işleri
43.32|Joinery installation|Doğrama tesisatı
43.33|Floor and wall covering|Yer ve duvar kaplama
43.34|Painting and glazing|Boya ve cam işleri
43.39|Other building completion and finishing|İnşaatlardaki diğer bütünleyici ve tamamlayıcı işler
43.9|Other specialised construction activities|Diğer özel inşaat faaliyetleri
43.91|Roofing activities|Çatı işleri
43.99|Other specialised construction activities n.e.c.|Başka yerde sınıflandırılmamış diğer özel inşaat faaliyetleri
G|WHOLESALE AND RETAIL TRADE; REPAIR OF MOTOR VEHICLES AND MOTORCYCLES|TOPTAN VE PERAKENDE TİCARET; MOTORLU KARA TAŞITLARININ VE MOTOSİKLETLERİN ONARIMI
45|Wholesale and retail trade and repair of motor vehicles and motorcycles|Motorlu kara taşıtlarının ve motosikletlerin toptan ve perakende ticareti ile onarımı
45.1|Sale of motor vehicles|Motorlu kara taşıtlarının ticareti
45.11|Sale of cars and light motor vehicles|Otomobillerin ve hafif motorlu kara taşıtlarının ticareti
45.19|Sale of other motor vehicles|Diğer motorlu kara taşıtlarının ticareti
45.20|Maintenance and repair of motor vehicles|Motorlu kara taşıtlarının bakım ve onarımı
45.3|Sale of motor vehicle parts and accessories|Motorlu kara taşıtlarının parça ve aksesuarlarının ticareti
45.31|Wholesale trade of motor vehicle parts and accessories|Motorlu kara taşıtlarının parça ve aksesuarlarının toptan ticareti
45.32|Retail trade of motor vehicle parts and accessories|Motorlu kara taşıtlarının parça ve aksesuarlarının perakende ticareti
45.40|Sale, maintenance and repair of motorcycles and related parts and accessories|Motosiklet ve ilgili parça ve aksesuarların ticareti, bakımı ve onarımı
46|Wholesale trade, except of motor vehicles and motorcycles|Toptan ticaret (Motorlu kara taşıtları ve motosikletler hariç)
46.1|Wholesale on a fee or contract basis|Bir ücret veya sözleşmeye dayalı olarak yapılan toptan ticaret
46.11|Agents involved in the sale of agricultural raw materials, live animals, textile raw materials and semi-finished goods|Tarımsal hammaddelerin, canlı hayvanların, tekstil hammaddelerinin ve yarı mamul malların satışı ile ilgili aracılar
46.12|Agents involved in the sale of fuels, ores, metals and industrial chemicals|Yakıtların, maden cevherlerinin, metallerin ve endüstriyel kimyasalların satışı ile ilgili aracılar
46.13|Agents involved in the sale of timber and building materials|Kereste ve inşaat malzemelerinin satışı ile ilgili aracılar
46.14|Agents involved in the sale of machinery, industrial equipment, ships and aircraft|Makine, sanayi araç ve gereçleri ile deniz ve hava taşıtlarının satışı ile ilgili aracılar
46.15|Agents involved in the sale of furniture, household goods, hardware and ironmongery|Mobilya, ev eşyaları, madeni eşyalar ve hırdavatların satışı ile ilgili aracılar
46.16|Agents involved in the sale of textiles, clothing, fur, footwear and leather goods|Tekstil, giysi, kürk, ayakkabı ve deri eşyaların satışı ile ilgili aracılar
46.17|Agents involved in the sale of food, beverages and tobacco|Gıda, içecek ve tütün satışı ile ilgili aracılar
46.18|Agents specialised in the sale of other particular products|Belirli diğer ürünlerin satışı ile ilgili uzmanlaşmış aracılar
46.19|Agents involved in the sale of a variety of goods|Çeşitli malların satışı ile ilgili aracılar
46.2|Wholesale of agricultural raw materials and live animals|Tarımsal hammadde ve canlı hayvanların toptan ticareti
46.21|Wholesale of grain, unmanufactured tobacco, seeds and animal feeds|Tahıl, işlenmemiş tütün, tohum ve hayvan yemi toptan ticareti
46.22|Wholesale of flowers and plants|Çiçeklerin ve bitkilerin toptan ticareti
46.23|Wholesale of live animals|Canlı hayvanların toptan ticareti
46.24|Wholesale of hides, skins and leather|Ham deri, post ve deri toptan ticareti
46.3|Wholesale of food, beverages and tobacco|Gıda, içecek ve tütün toptan ticareti
46.31|Wholesale of fruit and vegetables|Meyve ve sebzelerin toptan ticareti
46.32|Wholesale of meat and meat products|Et ve et ürünlerinin toptan ticareti
46.33|Wholesale of dairy products, eggs and edible oils and fats|Süt ürünleri, yumurta ve yenilebilir sıvı ve katı yağların toptan ticareti
46.34|Wholesale of beverages|İçecek toptan ticareti
46.35|Wholesale of tobacco products|Tütün ürünlerinin toptan ticareti
46.36|Wholesale of sugar and chocolate and sugar confectionery|Şeker, çikolata ve şekerleme toptan ticareti
46.37|Wholesale of coffee, tea, cocoa and spices|Kahve, çay, kakao ve baharat toptan ticareti
46.38|Wholesale of other food, including fish, crustaceans and molluscs|Balık, kabuklular ve yumuşakçalar da dahil diğer gıda maddelerinin toptan ticareti
46.39|Non-specialised wholesale of food, beverages and tobacco|Belirli bir mala tahsis edilmemiş mağazalardaki gıda, içecek ve tütün toptan ticareti
46.4|Wholesale of household goods|Ev eşyalarının toptan ticareti
46.41|Wholesale of textiles|Tekstil ürünlerinin toptan ticareti
46.42|Wholesale of clothing and footwear|Giysi ve ayakkabı toptan ticareti
46.43|Wholesale of electrical household appliances|Elektrikli ev aletleri toptan ticareti
46.44|Wholesale of china and glassware and cleaning materials|Porselen ve cam eşya ile temizlik maddelerinin toptan ticareti
46.45|Wholesale of perfume and cosmetics|Parfüm ve kozmetik ürünlerinin toptan ticareti
46.46|Wholesale of pharmaceutical goods|Eczacılık ürünlerinin toptan ticareti
46.47|Wholesale of furniture, carpets and lighting equipment|Mobilya, halı ve aydınlatma ekipmanlarının toptan ticareti
46.48|Wholesale of watches and jewellery|Saat ve mücevher toptan ticareti
46.49|Wholesale of other household goods|Diğer ev eşyalarının toptan ticareti
46.5|Wholesale of information and communication equipment|Bilgi ve iletişim teknolojisi ekipmanlarının toptan ticareti
46.51|Wholesale of computers, computer peripheral equipment and software|Bilgisayar, bilgisayar çevre birimleri ve yazılım toptan ticareti
46.52|Wholesale of electronic and telecommunications equipment and parts|Elektronik ve telekomünikasyon ekipmanlarının ve parçalarının toptan ticareti
46.6|Wholesale of other machinery, equipment and supplies|Diğer makine, ekipman, aksam ve parçaları ile büro mobilyalarının toptan ticareti
46.61|Wholesale of agricultural machinery, equipment and supplies|Tarımsal amaçlı makine ve ekipmanlar ile aksam ve parçalarının toptan ticareti
46.62|Wholesale of machine tools|Takım tezgahlarının toptan ticareti
46.63|Wholesale of mining, construction and civil engineering machinery|Madencilik, bina ve bina dışı inşaat makinelerinin toptan ticareti
46.64|Wholesale of machinery for the textile industry and of sewing and knitting machines|Tekstil endüstrisi makineleri ile dikiş ve örgü makinelerinin toptan ticareti
46.65|Wholesale of office furniture|Büro mobilyalarının toptan ticareti
46.66|Wholesale of other office machinery and equipment|Diğer büro makine ve ekipmanlarının toptan ticareti
46.69|Wholesale of other machinery and equipment|Diğer makine ve ekipmanların toptan ticareti
46.7|Other specialised wholesale|Belirli bir mala tahsis edilmiş mağazalardaki diğer toptan ticaret
46.71|Wholesale of solid, liquid and gaseous fuels and related products|Katı, sıvı ve gazlı yakıtlar ile bunlarla ilgili ürünlerin toptan ticareti
46.72|Wholesale of metals and metal ores|Madenler ve maden cevherlerinin toptan ticareti
46.73|Wholesale of wood, construction materials and sanitary equipment|Ağaç, inşaat malzemesi ve sıhhi teçhizat toptan ticareti
46.74|Wholesale of hardware, plumbing and heating equipment and supplies|Hırdavat, sıhhi tesisat ve ısıtma tesisatı malzemelerinin toptan ticareti
46.75|Wholesale of chemical products|Kimyasal ürünlerin toptan ticareti
46.76|Wholesale of other intermediate products|Diğer ara ürünlerin toptan ticareti
46.77|Wholesale of waste and scrap|Atık ve hurda toptan ticareti
46.90|Non-specialised wholesale trade|Belirli bir mala tahsis edilmemiş mağazalardaki toptan ticaret
47|Retail trade, except of motor vehicles and motorcycles|Perakende ticaret (Motorlu kara taşıtları ve motosikletler hariç)
47.1|Retail sale in non-specialised stores|Belirli bir mala tahsis edilmemiş mağazalardaki perakende ticaret
47.11|Retail sale in non-specialised stores with food, beverages or tobacco predominating|Belirli bir mala tahsis edilmemiş mağazalarda gıda, içecek veya tütün ağırlıklı perakende ticaret
47.19|Other retail sale in non-specialised stores|Belirli bir mala tahsis edilmemiş mağazalarda yapılan diğer perakende ticaret
47.2|Retail sale of food, beverages and tobacco in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda gıda, içecek ve tütün perakende ticareti
47.21|Retail sale of fruit and vegetables in specialised stores|Belirli bir mala tahsis edilmiş mağazalardaki meyve ve sebze perakende ticareti
47.22|Retail sale of meat and meat products in specialised stores|Belirli bir mala tahsis edilmiş mağazalardaki et ve et ürünlerinin perakende ticareti
47.23|Retail sale of fish, crustaceans and molluscs in specialised stores|Belirli bir mala tahsis edilmiş mağazalardaki balık, kabuklu hayvanlar ve yumuşakçaların perakende ticareti
47.24|Retail sale of bread, cakes, flour confectionery and sugar confectionery in specialised stores|Belirli bir mala tahsis edilmiş mağazalardaki ekmek, pastalar, unlu mamuller ve şekerli ürünlerin perakende ticareti
47.25|Retail sale of beverages in specialised stores|Belirli bir mala tahsis edilmiş mağazalardaki içeceklerin perakende ticareti
47.26|Retail sale of tobacco products in specialised stores|Belirli bir mala tahsis edilmiş mağazalardaki tütün ürünlerinin perakende ticareti
47.29|Other retail sale of food in specialised stores|Belirli bir mala tahsis edilmiş mağazalardaki diğer gıda ürünlerinin perakende ticareti
47.30|Retail sale of automotive fuel in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda otomotiv yakıtının perakende ticareti
47.4|Retail sale of information and communication equipment in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda bilgi ve iletişim teknolojisi (ICT) teçhizatının perakende ticareti
47.41|Retail sale of computers, peripheral units and software in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda bilgisayarların, çevre donanımlarının ve yazılım programlarının perakende ticareti
47.42|Retail sale of telecommunications equipment in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda telekomünikasyon teçhizatının perakende ticareti
47.43|Retail sale of audio and video equipment in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda ses ve görüntü cihazlarının perakende ticareti
47.5|Retail sale of other household equipment in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda diğer ev eşyalarının perakende ticareti
47.51|Retail sale of textiles in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda tekstil ürünleri perakende ticareti
47.52|Retail sale of hardware, paints and glass in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda hırdavat, boya ve cam perakende ticareti
47.53|Retail sale of carpets, rugs, wall and floor coverings in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda halı, kilim, duvar ve yer kaplamalarının perakende ticareti
47.54|Retail sale of electrical household appliances in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda elektrikli ev aletlerinin perakende ticareti
47.59|Retail sale of furniture, lighting equipment and other household articles in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda mobilya, aydınlatma teçhizatı ve diğer ev eşyalarının perakende ticareti
47.6|Retail sale of cultural and recreation goods in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda kültür ve eğlence mallarının perakende ticareti
47.61|Retail sale of books in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda kitapların perakende ticareti
47.62|Retail sale of newspapers and stationery in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda gazeteler ve kırtasiye ürünlerinin perakende ticareti
47.63|Retail sale of music and video recordings in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda müzik ve video kayıtlarının perakende ticareti
47.64|Retail sale of sporting equipment in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda spor malzemelerinin perakende ticareti
47.65|Retail sale of games and toys in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda oyunlar ve oyuncakların perakende ticareti
47.7|Retail sale of other goods in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda diğer malların perakende ticareti
47.71|Retail sale of clothing in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda giyim eşyalarının perakende ticareti
47.72|Retail sale of footwear and leather goods in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda ayakkabı ve deri eşyaların perakende ticareti
47.73|Dispensing chemist in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda eczacılık ürünlerinin perakende ticareti
47.74|Retail sale of medical and orthopaedic goods in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda tıbbi ve ortopedik ürünlerin perakende ticareti
47.75|Retail sale of cosmetic and toilet articles in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda kozmetik ve kişisel bakım malzemelerinin perakende ticareti
47.76|Retail sale of flowers, plants, seeds, fertilisers, pet animals and pet food in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda çiçek, bitki, tohum, gübre, ev hayvanları ve ev hayvanları yemleri perakende ticareti
47.77|Retail sale of watches and jewellery in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda saat ve mücevher perakende ticareti
47.78|Other retail sale of new goods in specialised stores|Belirli bir mala tahsis edilmiş mağazalarda diğer yeni malların perakende ticareti
47.79|Retail sale of second-hand goods in stores|Kullanılmış malların satıldığı mağazalardaki perakende ticaret
47.8|Retail sale via stalls and markets|Tezgahlar ve pazar yerleri vasıtasıyla yapılan perakende ticaret
47.81|Retail sale via stalls and markets of food, beverages and tobacco products|Tezgahlar ve pazar yerleri vasıtasıyla gıda, içecek ve tütün ürünleri perakende ticareti
47.82|Retail sale via stalls and markets of textiles, clothing and footwear|Tezgahlar ve pazar yerleri vasıtasıyla tekstil, giyim eşyası ve ayakkabı perakende ticareti
47.89|Retail sale via stalls and markets of other goods|Tezgahlar ve pazar yerleri vasıtasıyla diğer malların perakende ticareti
47.9|Retail trade not in stores, stalls or markets|Mağazalar, tezgahlar ve pazar yerleri dışında yapılan perakende ticaret
47.91|Retail sale via mail order houses or via Internet|Posta yoluyla veya internet üzerinden yapılan perakende ticaret
47.99|Other retail sale not in stores, stalls or markets|Mağazalar, tezgahlar ve pazar yerleri dışında yapılan diğer perakende ticaret
H|TRANSPORTATION AND STORAGE|ULAŞTIRMA VE DEPOLAMA
49|Land transport and transport via pipelines|Kara taşımacılığı ve boru hattı taşımacılığı
49.10|Passenger rail transport, interurban|Demir yolu ile şehirler arası yolcu taşımacılığı
49.20|Freight rail transport|Demir yolu ile yük taşımacılığı
49.3|Other passenger land transport|Kara taşımacılığı ile yapılan diğer yolcu taşımacılığı
49.31|Urban and suburban passenger land transport|Kara taşımacılığı ile yapılan şehir içi ve banliyö yolcu taşımacılığı
49.32|Taxi operation|Taksi taşımacılığı
49.39|Other passenger land transport n.e.c.|Başka yerde sınıflandırılmamış kara taşımacılığı ile yapılan diğer yolcu taşımacılığı
49.4|Freight transport by road and removal services|Kara yolu ile yük taşımacılığı ve taşımacılık hizmetleri
49.41|Freight transport by road|Kara yolu ile yük taşımacılığı
49.42|Removal services|Ev ve iş yerlerine verilen taşımacılık hizmetleri
49.50|Transport via pipeline|Boru hattı taşımacılığı
50|Water transport|Su yolu taşımacılığı
50.10|Sea and coastal passenger water transport|Deniz ve kıyı sularında yolcu taşımacılığı
50.20|Sea and coastal freight water transport|Deniz ve kıyı sularında yük taşımacılığı
50.30|Inland passenger water transport|İç sularda yolcu taşımacılığı
50.40|Inland freight water transport|İç sularda yük taşımacılığı
51|Air transport|Hava yolu taşımacılığı
51.10|Passenger air transport|Hava yolu ile yolcu taşımacılığı
51.2|Freight air transport and space transport|Hava yolu ile yük taşımacılığı ve uzay taşımacılığı
51.21|Freight air transport|Hava yolu ile yük taşımacılığı
51.22|Space transport|Uzay taşımacılığı
52|Warehousing and support activities for transportation|Taşımacılık için depolama ve destekleyici faaliyetler
52.10|Warehousing and storage|Depolama ve ambarlama
52.2|Support activities for transportation|Taşımacılık için destekleyici faaliyetler
52.21|Service activities incidental to land transportation|Kara taşımacılığını destekleyici hizmet faaliyetleri
52.22|Service activities incidental to water transportation|Su yolu taşımacılığını destekleyici hizmet faaliyetleri
52.23|Service activities incidental to air transportation|Hava yolu taşımacılığını destekleyici hizmet faaliyetleri
52.24|Cargo handling|Kargo yükleme boşaltma hizmetleri
52.29|Other transportation support activities|Taşımacılığı destekleyici diğer faaliyetler
53|Postal and courier activities|Posta ve kurye faaliyetleri
53.10|Postal activities under universal service obligation|Evrensel hizmet yükümlülüğü altında postacılık faaliyetleri
53.20|Other postal and courier activities|Diğer posta ve kurye faaliyetleri
I|ACCOMMODATION AND FOOD SERVICE ACTIVITIES|KONAKLAMA VE YİYECEK HİZMETİ FAALİYETLERİ
55|Accommodation|Konaklama
55.10|Hotels and similar accommodation|Oteller ve benzeri konaklama yerleri
55.20|Holiday and other short-stay accommodation|Tatil ve diğer kısa süreli konaklama yerleri
55.30|Camping grounds, recreational vehicle parks and trailer parks|Kamp alanları, motorlu karavan ve karavan tipi treyler (römork) park hizmetleri
55.90|Other accommodation|Diğer konaklama yerleri
56|Food and beverage service activities|Yiyecek ve içecek hizmeti faaliyetleri
56.10|Restaurants and mobile food service activities|Lokantalar ve seyyar yemek hizmeti faaliyetleri
56.2|Event catering and other food service activities|Dışarıya yemek hizmeti sunan işletmelerin (catering) faaliyetleri ve diğer yiyecek hizmetleri faaliyetleri
56.21|Event catering activities|Özel günlerde dışarıya yemek hizmeti sunan işletmelerin faaliyetleri
56.29|Other food service activities|Diğer yiyecek hizmeti faaliyetleri
56.30|Beverage serving activities|İçecek sunum hizmetleri
J|INFORMATION AND COMMUNICATION|BİLGİ VE İLETİŞİM
58|Publishing activities|Yayımcılık faaliyetleri
58.1|Publishing of books, periodicals and other publishing activities|Kitapların, süreli yayınların yayımlanması ve diğer yayımcılık faaliyetleri
58.11|Book publishing|Kitap yayımı
58.12|Publishing of directories and mailing lists|Rehberlerin ve posta adres listelerinin yayımlanması
58.13|Publishing of newspapers|Gazetelerin yayımlanması
58.14|Publishing of journals and periodicals|Dergi ve süreli yayınların yayımlanması
58.19|Other publishing activities|Diğer yayıncılık faaliyetleri
58.2|Software publishing|Yazılım programlarının yayımlanması
58.21|Publishing of computer games|Bilgisayar oyunlarının yayımlanması
58.29|Other software publishing|Diğer yazılım programlarının yayımlanması
59|Motion picture, video and television programme production, sound recording and music publishing activities|Sinema filmi, video ve televizyon programları yapımcılığı, ses kaydı ve müzik yayımlama faaliyetleri
59.1|Motion picture, video and television programme activities|Sinema filmi, video ve televizyon programı faaliyetleri
59.11|Motion picture, video and television programme production activities|Sinema filmi, video ve televizyon programları yapım faaliyetleri
59.12|Motion picture, video and television programme post-production activities|Sinema filmi, video ve televizyon programları çekim sonrası faaliyetleri
59.13|Motion picture, video and television programme distribution activities|Sinema filmi, video ve televizyon programları dağıtım faaliyetleri
59.14|Motion picture projection activities|Sinema filmi gösterim faaliyetleri
59.20|Sound recording and music publishing activities|Ses kaydı ve müzik yayıncılığı faaliyetleri
60|Programming and broadcasting activities|Programcılık ve yayıncılık faaliyetleri
60.10|Radio broadcasting|Radyo yayıncılığı
60.20|Television programming and broadcasting activities|Televizyon programcılığı ve yayıncılığı faaliyetleri
61|Telecommunications|Telekomünikasyon
61.10|Wired telecommunications activities|Kablolu telekomünikasyon faaliyetleri
61.20|Wireless telecommunications activities|Kablosuz telekomünikasyon faaliyetleri
61.30|Satellite telecommunications activities|Uydu üzerinden telekomünikasyon faaliyetleri
61.90|Other telecommunications activities|Diğer telekomünikasyon faaliyetleri
62|Computer programming, consultancy and related activities|Bilgisayar programlama, danışmanlık ve ilgili faaliyetler
62.0|Computer programming, consultancy and related activities|Bilgisayar programlama, danışmanlık ve ilgili faaliyetler
62.01|Computer programming activities|Bilgisayar programlama faaliyetleri
62.02|Computer consultancy activities|Bilgisayar danışmanlık faaliyetleri
62.03|Computer facilities management activities|Bilgisayar tesisleri yönetim faaliyetleri
62.09|Other information technology and computer service activities|Diğer bilgi teknolojisi ve bilgisayar hizmet faaliyetleri
63|Information service activities|Bilgi hizmet faaliyetleri
63.1|Data processing, hosting and related activities; web portals|Veri işleme, barındırma ve ilgili faaliyetler; web portalları
63.11|Data processing, hosting and related activities|Veri işleme, barındırma ve ilgili faaliyetler
63.12|Web portals|Web portalları
63.9|Other information service activities|Diğer bilgi hizmet faaliyetleri
63.91|News agency activities|Haber ajanslarının faaliyetleri
63.99|Other information service activities n.e.c.|Başka yerde sınıflandırılmamış diğer bilgi hizmet faaliyetleri
`;
