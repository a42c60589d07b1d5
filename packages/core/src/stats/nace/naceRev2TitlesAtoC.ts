// NACE Rev.2 (2008) titles of sections A to C (divisions 01 to 33): English (Eurostat) and Turkish
// (TÜİK). One line a code, `code|English|Turkish`; naceRev2Classes reads them.

export const naceRev2TitlesAtoC = `
A|AGRICULTURE, FORESTRY AND FISHING|TARIM, ORMANCILIK VE BALIKÇILIK
01|Crop and animal production, hunting and related service activities|Bitkisel ve hayvansal üretim ile avcılık ve ilgili hizmet faaliyetleri
01.1|Growing of non-perennial crops|Tek yıllık (uzun ömürlü olmayan) bitkisel ürünlerin yetiştirilmesi
01.11|Growing of cereals (except rice), leguminous crops and oil seeds|Tahılların (pirinç hariç), baklagillerin ve yağlı tohumların yetiştirilmesi
01.12|Growing of rice|Çeltik (kabuklu pirinç) yetiştirilmesi
01.13|Growing of vegetables and melons, roots and tubers|Sebze, kavun-karpuz, kök ve yumru sebzelerin yetiştirilmesi
01.14|Growing of sugar cane|Şeker kamışı yetiştirilmesi
01.15|Growing of tobacco|Tütün yetiştirilmesi
01.16|Growing of fibre crops|Lifli bitkilerin yetiştirilmesi
01.19|Growing of other non-perennial crops|Tek yıllık (uzun ömürlü olmayan) diğer bitkisel ürünlerin yetiştirilmesi
01.2|Growing of perennial crops|Çok yıllık (uzun ömürlü) bitkisel ürünlerin yetiştirilmesi
01.21|Growing of grapes|Üzüm yetiştirilmesi
01.22|Growing of tropical and subtropical fruits|Tropikal ve subtropikal meyvelerin yetiştirilmesi
01.23|Growing of citrus fruits|Turunçgillerin yetiştirilmesi
01.24|Growing of pome fruits and stone fruits|Yumuşak çekirdekli meyvelerin ve sert çekirdekli meyvelerin yetiştirilmesi
01.25|Growing of other tree and bush fruits and nuts|Diğer ağaç ve çalı meyvelerinin ve sert kabuklu meyvelerin yetiştirilmesi
01.26|Growing of oleaginous fruits|Yağlı meyvelerin yetiştirilmesi
01.27|Growing of beverage crops|İçecek üretiminde kullanılan bitkisel ürünlerin yetiştirilmesi
01.28|Growing of spices, aromatic, drug and pharmaceutical crops|Baharatlık, aromatik (ıtırlı), uyuşturucu nitelikte ve eczacılıkla ilgili bitkisel ürünlerin yetiştirilmesi
01.29|Growing of other perennial crops|Diğer çok yıllık (uzun ömürlü) bitkisel ürünlerin yetiştirilmesi
01.30|Plant propagation|Dikim için bitki yetiştirilmesi
01.4|Animal production|Hayvansal üretim
01.41|Raising of dairy cattle|Sütü sağılan büyük baş hayvan yetiştiriciliği
01.42|Raising of other cattle and buffaloes|Diğer sığır ve manda yetiştiriciliği
01.43|Raising of horses and other equines|At ve at benzeri diğer hayvan yetiştiriciliği
01.44|Raising of camels and camelids|Deve ve devegillerin yetiştiriciliği
01.45|Raising of sheep and goats|Koyun ve keçi yetiştiriciliği
01.46|Raising of swine/pigs|Domuz yetiştiriciliği
01.47|Raising of poultry|Kümes hayvanları yetiştiriciliği
01.49|Raising of other animals|Diğer hayvan yetiştiriciliği
01.50|Mixed farming|Karma çiftçilik
01.6|Support activities to agriculture and post-harvest crop activities|Tarımı destekleyici faaliyetler ve hasat sonrası bitkisel ürünler ile ilgili faaliyetler
01.61|Support activities for crop production|Bitkisel üretimi destekleyici faaliyetler
01.62|Support activities for animal production|Hayvan üretimini destekleyici faaliyetler
01.63|Post-harvest crop activities|Hasat sonrası bitkisel ürünler ile ilgili faaliyetler
01.64|Seed processing for propagation|Bitkisel üretim için tohumun işlenmesi
01.70|Hunting, trapping and related service activities|Avcılık, tuzakla avlanma ve ilgili hizmet faaliyetleri
02|Forestry and logging|Ormancılık ile endüstriyel ve yakacak odun üretimi
02.10|Silviculture and other forestry activities|Orman yetiştirme (Silvikültür) ve diğer ormancılık faaliyetleri
02.20|Logging|Endüstriyel ve yakacak odun üretimi
02.30|Gathering of wild growing non-wood products|Tabii olarak yetişen odun dışı orman ürünlerinin toplanması
02.40|Support services to forestry|Ormancılık için destekleyici faaliyetler
03|Fishing and aquaculture|Balıkçılık ve su ürünleri yetiştiriciliği
03.1|Fishing|Balıkçılık
03.11|Marine fishing|Deniz balıkçılığı
03.12|Freshwater fishing|Tatlı su balıkçılığı
03.2|Aquaculture|Su ürünleri yetiştiriciliği
03.21|Marine aquaculture|Deniz ürünleri yetiştiriciliği
03.22|Freshwater aquaculture|Tatlı su ürünleri yetiştiriciliği
B|MINING AND QUARRYING|MADENCİLİK VE TAŞ OCAKÇILIĞI
05|Mining of coal and lignite|Kömür ve linyit çıkartılması
05.10|Mining of hard coal|Taş kömürü madenciliği
05.20|Mining of lignite|Linyit madenciliği
06|Extraction of crude petroleum and natural gas|Ham petrol ve doğal gaz çıkarımı
06.10|Extraction of crude petroleum|Ham petrol çıkarımı
06.20|Extraction of natural gas|Doğal gaz çıkarımı
07|Mining of metal ores|Metal cevherleri madenciliği
07.10|Mining of iron ores|Demir cevherleri madenciliği
07.2|Mining of non-ferrous metal ores|Demir dışı metal cevherleri madenciliği
07.21|Mining of uranium and thorium ores|Uranyum ve toryum cevherleri madenciliği
07.29|Mining of other non-ferrous metal ores|Diğer demir dışı metal cevherleri madenciliği
08|Other mining and quarrying|Diğer madencilik ve taş ocakçılığı
08.1|Quarrying of stone, sand and clay|Kum, kil ve taş ocakçılığı
08.11|Quarrying of ornamental and building stone, limestone, gypsum, chalk and slate|Süsleme ve yapı taşları ile kireç taşı, alçı taşı, tebeşir ve kayağantaşı (arduvaz-kayraktaşı) ocakçılığı
08.12|Operation of gravel and sand pits; mining of clays and kaolin|Çakıl ve kum ocaklarının faaliyetleri; kil ve kaolin çıkarımı
08.9|Mining and quarrying n.e.c.|Başka yerde sınıflandırılmamış madencilik ve taş ocakçılığı
08.91|Mining of chemical and fertiliser minerals|Kimyasal ve gübreleme amaçlı mineral madenciliği
08.92|Extraction of peat|Turba çıkarımı
08.93|Extraction of salt|Tuz çıkarımı
08.99|Other mining and quarrying n.e.c.|Başka yerde sınıflandırılmamış diğer madencilik ve taş ocakçılığı
09|Mining support service activities|Madenciliği destekleyici hizmet faaliyetleri
09.10|Support activities for petroleum and natural gas extraction|Petrol ve doğal gaz çıkarımını destekleyici faaliyetler
09.90|Support activities for other mining and quarrying|Madencilik ve taş ocakçılığını destekleyici diğer faaliyetler
C|MANUFACTURING|İMALAT
10|Manufacture of food products|Gıda ürünlerinin imalatı
10.1|Processing and preserving of meat and production of meat products|Etin işlenmesi ve saklanması ile et ürünlerinin imalatı
10.11|Processing and preserving of meat|Etin işlenmesi ve saklanması
10.12|Processing and preserving of poultry meat|Kümes hayvanları etlerinin işlenmesi ve saklanması
10.13|Production of meat and poultry meat products|Et ve kümes hayvanları etlerinden üretilen ürünlerin imalatı
10.20|Processing and preserving of fish, crustaceans and molluscs|Balık, kabuklu deniz hayvanları ve yumuşakçaların işlenmesi ve saklanması
10.3|Processing and preserving of fruit and vegetables|Sebze ve meyvelerin işlenmesi ve saklanması
10.31|Processing and preserving of potatoes|Patatesin işlenmesi ve saklanması
10.32|Manufacture of fruit and vegetable juice|Sebze ve meyve suyu imalatı
10.39|Other processing and preserving of fruit and vegetables|Başka yerde sınıflandırılmamış meyve ve sebzelerin işlenmesi ve saklanması
10.4|Manufacture of vegetable and animal oils and fats|Bitkisel ve hayvansal sıvı ve katı yağların imalatı
10.41|Manufacture of oils and fats|Sıvı ve katı yağ imalatı
10.42|Manufacture of margarine and similar edible fats|Margarin ve benzeri yenilebilir katı yağların imalatı
10.5|Manufacture of dairy products|Süt ürünleri imalatı
10.51|Operation of dairies and cheese making|Süthane işletmeciliği ve peynir imalatı
10.52|Manufacture of ice cream|Dondurma imalatı
10.6|Manufacture of grain mill products, starches and starch products|Öğütülmüş tahıl ürünleri, nişasta ve nişastalı ürünlerin imalatı
10.61|Manufacture of grain mill products|Öğütülmüş hububat ve sebze ürünleri imalatı
10.62|Manufacture of starches and starch products|Nişasta ve nişastalı ürünlerin imalatı
10.7|Manufacture of bakery and farinaceous products|Fırın ve unlu mamuller imalatı
10.71|Manufacture of bread; manufacture of fresh pastry goods and cakes|Ekmek, taze pastane ürünleri ve taze kek imalatı
10.72|Manufacture of rusks and biscuits; manufacture of preserved pastry goods and cakes|Peksimet ve bisküvi imalatı; dayanıklı pastane ürünleri ve dayanıklı kek imalatı
10.73|Manufacture of macaroni, noodles, couscous and similar farinaceous products|Makarna, şehriye, kuskus ve benzeri unlu mamullerin imalatı
10.8|Manufacture of other food products|Diğer gıda maddelerinin imalatı
10.81|Manufacture of sugar|Şeker imalatı
10.82|Manufacture of cocoa, chocolate and sugar confectionery|Kakao, çikolata ve şekerleme imalatı
10.83|Processing of tea and coffee|Kahve ve çayın işlenmesi
10.84|Manufacture of condiments and seasonings|Baharat, sos, sirke ve diğer çeşni maddelerinin imalatı
10.85|Manufacture of prepared meals and dishes|Hazır yemeklerin imalatı
10.86|Manufacture of homogenised food preparations and dietetic food|Homojenize gıda müstahzarları ve diyetetik gıda imalatı
10.89|Manufacture of other food products n.e.c.|Başka yerde sınıflandırılmamış diğer gıda maddelerinin imalatı
10.9|Manufacture of prepared animal feeds|Hazır hayvan yemleri imalatı
10.91|Manufacture of prepared feeds for farm animals|Çiftlik hayvanları için hazır yem imalatı
10.92|Manufacture of prepared pet foods|Ev hayvanları için hazır gıda imalatı
11|Manufacture of beverages|İçeceklerin imalatı
11.0|Manufacture of beverages|İçeceklerin imalatı
11.01|Distilling, rectifying and blending of spirits|Alkollü içeceklerin damıtılması, arıtılması ve harmanlanması
11.02|Manufacture of wine from grape|Üzümden şarap imalatı
11.03|Manufacture of cider and other fruit wines|Elma şarabı ve diğer meyve şaraplarının imalatı
11.04|Manufacture of other non-distilled fermented beverages|Diğer damıtılmamış mayalı içeceklerin imalatı
11.05|Manufacture of beer|Bira imalatı
11.06|Manufacture of malt|Malt imalatı
11.07|Manufacture of soft drinks; production of mineral waters and other bottled waters|Alkolsüz içeceklerin imalatı; maden sularının ve diğer şişelenmiş suların üretimi
12|Manufacture of tobacco products|Tütün ürünleri imalatı
12.00|Manufacture of tobacco products|Tütün ürünleri imalatı
13|Manufacture of textiles|Tekstil ürünlerinin imalatı
13.10|Preparation and spinning of textile fibres|Tekstil elyafının hazırlanması ve bükülmesi
13.20|Weaving of textiles|Dokuma
13.30|Finishing of textiles|Tekstil ürünlerinin bitirilmesi
13.9|Manufacture of other textiles|Diğer tekstil ürünlerinin imalatı
13.91|Manufacture of knitted and crocheted fabrics|Örgü (triko) veya tığ işi (kroşe) kumaşların imalatı
13.92|Manufacture of made-up textile articles, except apparel|Giyim eşyası dışındaki tamamlanmış tekstil ürünlerinin imalatı
13.93|Manufacture of carpets and rugs|Halı ve kilim imalatı
13.94|Manufacture of cordage, rope, twine and netting|Halat, urgan, kınnap ve ağ imalatı
13.95|Manufacture of non-wovens and articles made from non-wovens, except apparel|Dokusuz kumaşların ve dokusuz kumaştan yapılan ürünlerin imalatı, giyim eşyası hariç
13.96|Manufacture of other technical and industrial textiles|Diğer teknik ve endüstriyel tekstillerin imalatı
13.99|Manufacture of other textiles n.e.c.|Başka yerde sınıflandırılmamış diğer tekstillerin imalatı
14|Manufacture of wearing apparel|Giyim eşyalarının imalatı
14.1|Manufacture of wearing apparel, except fur apparel|Kürk hariç, giyim eşyası imalatı
14.11|Manufacture of leather clothes|Deri giyim eşyası imalatı
14.12|Manufacture of workwear|İş giysisi imalatı
14.13|Manufacture of other outerwear|Diğer dış giyim eşyaları imalatı
14.14|Manufacture of underwear|İç giyim eşyası imalatı
14.19|Manufacture of other wearing apparel and accessories|Diğer giyim eşyalarının ve giysi aksesuarlarının imalatı
14.20|Manufacture of articles of fur|Kürkten eşya imalatı
14.3|Manufacture of knitted and crocheted apparel|Örme (trikotaj) ve tığ işi (kroşe) ürünlerin imalatı
14.31|Manufacture of knitted and crocheted hosiery|Örme (trikotaj) ve tığ işi (kroşe) çorap imalatı
14.39|Manufacture of other knitted and crocheted apparel|Örme (trikotaj) ve tığ işi (kroşe) diğer giyim eşyası imalatı
15|Manufacture of leather and related products|Deri ve ilgili ürünlerin imalatı
15.1|Tanning and dressing of leather; manufacture of luggage, handbags, saddlery and harness; dressing and dyeing of fur|Derinin tabaklanması ve işlenmesi; bavul, el çantası, saraçlık ve koşum takımı imalatı; kürkün işlenmesi ve boyanması
15.11|Tanning and dressing of leather; dressing and dyeing of fur|Derinin tabaklanması ve işlenmesi; kürkün işlenmesi ve boyanması
15.12|Manufacture of luggage, handbags and the like, saddlery and harness|Bavul, el çantası ve benzerleri ile saraçlık ve koşum takımı imalatı (deri giyim eşyası hariç)
15.20|Manufacture of footwear|Ayakkabı, bot, terlik vb. imalatı
16|Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials|Ağaç, ağaç ürünleri ve mantar ürünleri imalatı (mobilya hariç); saz, saman ve benzeri malzemelerden örülerek yapılan eşyaların imalatı
16.10|Sawmilling and planing of wood|Ağaçların biçilmesi ve planyalanması
16.2|Manufacture of products of wood, cork, straw and plaiting materials|Ağaç, mantar, kamış ve örgü malzeme ürünü imalatı
16.21|Manufacture of veneer sheets and wood-based panels|Ahşap kaplama paneli ve ağaç esaslı panel imalatı
16.22|Manufacture of assembled parquet floors|Birleştirilmiş parke yer döşemelerinin imalatı
16.23|Manufacture of other builders' carpentry and joinery|Diğer bina doğramacılığı ve marangozluk ürünlerinin imalatı
16.24|Manufacture of wooden containers|Ahşap konteyner imalatı
16.29|Manufacture of other products of wood; manufacture of articles of cork, straw and plaiting materials|Diğer ağaç ürünleri imalatı; mantardan, saz, saman ve benzeri örme malzemelerinden yapılmış ürünlerin imalatı
17|Manufacture of paper and paper products|Kağıt ve kağıt ürünlerinin imalatı
17.1|Manufacture of pulp, paper and paperboard|Kağıt hamuru, kağıt ve mukavva imalatı
17.11|Manufacture of pulp|Kağıt hamuru imalatı
17.12|Manufacture of paper and paperboard|Kağıt ve mukavva imalatı
17.2|Manufacture of articles of paper and paperboard|Kağıt ve mukavva ürünleri imalatı
17.21|Manufacture of corrugated paper and paperboard and of containers of paper and paperboard|Oluklu kağıt ve mukavva imalatı ile kağıt ve mukavvadan yapılan muhafazaların imalatı
17.22|Manufacture of household and sanitary goods and of toilet requisites|Kağıttan yapılan ev eşyası, sıhhi malzemeler ve tuvalet malzemeleri imalatı
17.23|Manufacture of paper stationery|Kağıt kırtasiye ürünleri imalatı
17.24|Manufacture of wallpaper|Duvar kağıdı imalatı
17.29|Manufacture of other articles of paper and paperboard|Kağıt ve mukavvadan diğer ürünlerin imalatı
18|Printing and reproduction of recorded media|Kayıtlı medyanın basılması ve çoğaltılması
18.1|Printing and service activities related to printing|Basım ve basım ile ilgili hizmet faaliyetleri
18.11|Printing of newspapers|Gazetelerin basımı
18.12|Other printing|Diğer matbaacılık
18.13|Pre-press and pre-media services|Basım ve yayım öncesi hizmetler
18.14|Binding and related services|Ciltçilik ve ilgili hizmetler
18.20|Reproduction of recorded media|Kayıtlı medyanın çoğaltılması
19|Manufacture of coke and refined petroleum products|Kok kömürü ve rafine edilmiş petrol ürünleri imalatı
19.10|Manufacture of coke oven products|Kok fırını ürünlerinin imalatı
19.20|Manufacture of refined petroleum products|Rafine edilmiş petrol ürünleri imalatı
20|Manufacture of chemicals and chemical products|Kimyasalların ve kimyasal ürünlerin imalatı
20.1|Manufacture of basic chemicals, fertilisers and nitrogen compounds, plastics and synthetic rubber in primary forms|Temel kimyasal maddelerin, kimyasal gübre ve azot bileşikleri, birincil formda plastik ve sentetik kauçuk imalatı
20.11|Manufacture of industrial gases|Sanayi gazları imalatı
20.12|Manufacture of dyes and pigments|Boya maddeleri ve pigment imalatı
20.13|Manufacture of other inorganic basic chemicals|Diğer inorganik temel kimyasal maddelerin imalatı
20.14|Manufacture of other organic basic chemicals|Diğer organik temel kimyasalların imalatı
20.15|Manufacture of fertilisers and nitrogen compounds|Kimyasal gübre ve azot bileşiklerinin imalatı
20.16|Manufacture of plastics in primary forms|Birincil formda plastik hammaddelerin imalatı
20.17|Manufacture of synthetic rubber in primary forms|Birincil formda sentetik kauçuk imalatı
20.20|Manufacture of pesticides and other agrochemical products|Haşere ilaçları ve diğer zirai-kimyasal ürünlerin imalatı
20.30|Manufacture of paints, varnishes and similar coatings, printing ink and mastics|Boya, vernik ve benzeri kaplayıcı maddeler ile matbaa mürekkebi ve macun imalatı
20.4|Manufacture of soap and detergents, cleaning and polishing preparations, perfumes and toilet preparations|Sabun ve deterjan, temizlik ve parlatıcı maddeleri; parfüm; kozmetik ve tuvalet malzemeleri imalatı
20.41|Manufacture of soap and detergents, cleaning and polishing preparations|Sabun ve deterjan ile temizlik ve parlatıcı maddeler imalatı
20.42|Manufacture of perfumes and toilet preparations|Parfümlerin, kozmetiklerin ve kişisel bakım ürünlerinin imalatı
20.5|Manufacture of other chemical products|Diğer kimyasal ürünlerin imalatı
20.51|Manufacture of explosives|Patlayıcı madde imalatı
20.52|Manufacture of glues|Tutkal imalatı
20.53|Manufacture of essential oils|Uçucu yağların imalatı
20.59|Manufacture of other chemical products n.e.c.|Başka yerde sınıflandırılmamış diğer kimyasal ürünlerin imalatı
20.60|Manufacture of man-made fibres|Suni veya sentetik elyaf imalatı
21|Manufacture of basic pharmaceutical products and pharmaceutical preparations|Temel eczacılık ürünlerinin ve eczacılığa ilişkin malzemelerin imalatı
21.10|Manufacture of basic pharmaceutical products|Temel eczacılık ürünleri imalatı
21.20|Manufacture of pharmaceutical preparations|Eczacılığa ilişkin ilaçların imalatı
22|Manufacture of rubber and plastic products|Kauçuk ve plastik ürünlerin imalatı
22.1|Manufacture of rubber products|Kauçuk ürünlerin imalatı
22.11|Manufacture of rubber tyres and tubes; retreading and rebuilding of rubber tyres|İç ve dış lastik imalatı; lastiğe sırt geçirilmesi ve yeniden işlenmesi
22.19|Manufacture of other rubber products|Diğer kauçuk ürünleri imalatı
22.2|Manufacture of plastic products|Plastik ürünlerin imalatı
22.21|Manufacture of plastic plates, sheets, tubes and profiles|Plastik tabaka, levha, tüp ve profil imalatı
22.22|Manufacture of plastic packing goods|Plastik torba, çanta, poşet, çuval, kutu, damacana, şişe, makara vb. paketleme malzemelerinin imalatı
22.23|Manufacture of builders’ ware of plastic|Plastik inşaat malzemesi imalatı
22.29|Manufacture of other plastic products|Diğer plastik ürünlerin imalatı
23|Manufacture of other non-metallic mineral products|Diğer metalik olmayan mineral ürünlerin imalatı
23.1|Manufacture of glass and glass products|Cam ve cam ürünleri imalatı
23.11|Manufacture of flat glass|Düz cam imalatı
23.12|Shaping and processing of flat glass|Düz camın şekillendirilmesi ve işlenmesi
23.13|Manufacture of hollow glass|Çukur cam imalatı
23.14|Manufacture of glass fibres|Cam elyafı imalatı
23.19|Manufacture and processing of other glass, including technical glassware|Diğer camların imalatı ve işlenmesi (teknik amaçlı cam eşyalar dahil)
23.20|Manufacture of refractory products|Ateşe dayanıklı (refrakter) ürünlerin imalatı
23.3|Manufacture of clay building materials|Kilden inşaat malzemeleri imalatı
23.31|Manufacture of ceramic tiles and flags|Seramik karo ve kaldırım taşları imalatı
23.32|Manufacture of bricks, tiles and construction products, in baked clay|Fırınlanmış kilden tuğla, karo ve inşaat malzemeleri imalatı
23.4|Manufacture of other porcelain and ceramic products|Diğer porselen ve seramik ürünlerin imalatı
23.41|Manufacture of ceramic household and ornamental articles|Seramik ev ve süs eşyaları imalatı
23.42|Manufacture of ceramic sanitary fixtures|Seramik sıhhi ürünlerin imalatı
23.43|Manufacture of ceramic insulators and insulating fittings|Seramik yalıtkanların (izolatörlerin) ve yalıtkan bağlantı parçalarının imalatı
23.44|Manufacture of other technical ceramic products|Diğer teknik seramik ürünlerin imalatı
23.49|Manufacture of other ceramic products|Başka yerde sınıflandırılmamış diğer seramik ürünlerin imalatı
23.5|Manufacture of cement, lime and plaster|Çimento, kireç ve alçı imalatı
23.51|Manufacture of cement|Çimento imalatı
23.52|Manufacture of lime and plaster|Kireç ve alçı imalatı
23.6|Manufacture of articles of concrete, cement and plaster|Beton, çimento ve alçıdan yapılmış eşyaların imalatı
23.61|Manufacture of concrete products for construction purposes|İnşaat amaçlı beton ürünlerin imalatı
23.62|Manufacture of plaster products for construction purposes|İnşaat amaçlı alçı ürünlerin imalatı
23.63|Manufacture of ready-mixed concrete|Hazır beton imalatı
23.64|Manufacture of mortars|Toz harç imalatı
23.65|Manufacture of fibre cement|Lif ve çimento karışımlı ürünlerin imalatı
23.69|Manufacture of other articles of concrete, plaster and cement|Beton, alçı ve çimentodan yapılmış diğer ürünlerin imalatı
23.70|Cutting, shaping and finishing of stone|Taş ve mermerin kesilmesi, şekil verilmesi ve bitirilmesi
23.9|Manufacture of abrasive products and non-metallic mineral products n.e.c.|Aşındırıcı ürünlerin ve başka yerde sınıflandırılmamış metalik olmayan mineral ürünlerin imalatı
23.91|Production of abrasive products|Aşındırıcı ürünlerin imalatı
23.99|Manufacture of other non-metallic mineral products n.e.c.|Başka yerde sınıflandırılmamış metalik olmayan diğer mineral ürünlerin imalatı
24|Manufacture of basic metals|Ana metal sanayii
24.10|Manufacture of basic iron and steel and of ferro-alloys|Ana demir ve çelik ürünleri ile ferro alaşımların imalatı
24.20|Manufacture of tubes, pipes, hollow profiles and related fittings, of steel|Çelikten tüpler, borular, içi boş profiller ve benzeri bağlantı parçalarının imalatı
24.3|Manufacture of other products of first processing of steel|Çeliğin ilk işlenmesinde elde edilen diğer ürünlerin imalatı
24.31|Cold drawing of bars|Barların soğuk çekilmesi
24.32|Cold rolling of narrow strip|Dar şeritlerin soğuk haddelenmesi
24.33|Cold forming or folding|Soğuk şekillendirme veya katlama
24.34|Cold drawing of wire|Tellerin soğuk çekilmesi
24.4|Manufacture of basic precious and other non-ferrous metals|Değerli ana metaller ve diğer demir dışı metallerin imalatı
24.41|Precious metals production|Değerli metal üretimi
24.42|Aluminium production|Alüminyum üretimi
24.43|Lead, zinc and tin production|Kurşun, çinko ve kalay üretimi
24.44|Copper production|Bakır üretimi
24.45|Other non-ferrous metal production|Demir dışı diğer metallerin üretimi
24.46|Processing of nuclear fuel|Nükleer yakıtların işlenmesi
24.5|Casting of metals|Metal döküm sanayii
24.51|Casting of iron|Demir döküm
24.52|Casting of steel|Çelik dökümü
24.53|Casting of light metals|Hafif metallerin dökümü
24.54|Casting of other non-ferrous metals|Diğer demir dışı metallerin dökümü
25|Manufacture of fabricated metal products, except machinery and equipment|Fabrikasyon metal ürünleri imalatı (makine ve teçhizat hariç)
25.1|Manufacture of structural metal products|Metal yapı malzemeleri imalatı
25.11|Manufacture of metal structures and parts of structures|Metal yapı ve yapı parçaları imalatı
25.12|Manufacture of doors and windows of metal|Metalden kapı ve pencere imalatı
25.2|Manufacture of tanks, reservoirs and containers of metal|Metal tank, rezervuar ve muhafaza kapları imalatı
25.21|Manufacture of central heating radiators and boilers|Merkezi ısıtma radyatörleri (elektrikli radyatörler hariç) ve sıcak su kazanları (boylerleri) imalatı
25.29|Manufacture of other tanks, reservoirs and containers of metal|Metalden diğer tank, rezervuar ve konteynerler imalatı
25.30|Manufacture of steam generators, except central heating hot water boilers|Buhar jeneratörü imalatı, merkezi ısıtma sıcak su kazanları (boylerleri) hariç
25.40|Manufacture of weapons and ammunition|Silah ve mühimmat (cephane) imalatı
25.50|Forging, pressing, stamping and roll-forming of metal; powder metallurgy|Metallerin dövülmesi, preslenmesi, baskılanması ve yuvarlanması; toz metalürjisi
25.6|Treatment and coating of metals; machining|Metallerin işlenmesi ve kaplanması; makinede işleme
25.61|Treatment and coating of metals|Metallerin işlenmesi ve kaplanması
25.62|Machining|Metallerin makinede işlenmesi ve şekil verilmesi
25.7|Manufacture of cutlery, tools and general hardware|Çatal-bıçak takımı ve diğer kesici aletler ile el aletleri ve genel hırdavat malzemeleri imalatı
25.71|Manufacture of cutlery|Çatal-bıçak takımları ve diğer kesici aletlerin imalatı
25.72|Manufacture of locks and hinges|Kilit ve menteşe imalatı
25.73|Manufacture of tools|El aletleri, takım tezgahı uçları, testere ağızları vb. imalatı
25.9|Manufacture of other fabricated metal products|Diğer fabrikasyon metal ürünlerin imalatı
25.91|Manufacture of steel drums and similar containers|Çelik varil ve benzer muhafazaların imalatı
25.92|Manufacture of light metal packaging|Metalden hafif paketleme malzemeleri imalatı
25.93|Manufacture of wire products, chain and springs|Tel ürünleri, zincir ve yayların imalatı
25.94|Manufacture of fasteners and screw machine products|Bağlantı malzemelerinin ve vida makinesi ürünlerinin imalatı
25.99|Manufacture of other fabricated metal products n.e.c.|Başka yerde sınıflandırılmamış diğer fabrikasyon metal ürünlerin imalatı
26|Manufacture of computer, electronic and optical products|Bilgisayarların, elektronik ve optik ürünlerin imalatı
26.1|Manufacture of electronic components and boards|Elektronik bileşenlerin ve devre kartlarının imalatı
26.11|Manufacture of electronic components|Elektronik bileşenlerin imalatı
26.12|Manufacture of loaded electronic boards|Yüklü elektronik kart imalatı
26.20|Manufacture of computers and peripheral equipment|Bilgisayar ve bilgisayar çevre birimleri imalatı
26.30|Manufacture of communication equipment|İletişim ekipmanlarının imalatı
26.40|Manufacture of consumer electronics|Tüketici elektroniği ürünlerinin imalatı
26.5|Manufacture of instruments and appliances for measuring, testing and navigation; watches and clocks|Ölçme, test ve seyrüsefer amaçlı alet ve cihazlar ile saat imalatı
26.51|Manufacture of instruments and appliances for measuring, testing and navigation|Ölçme, test ve seyrüsefer amaçlı alet ve cihazların imalatı
26.52|Manufacture of watches and clocks|Kol saatlerinin, masa ve duvar saatlerinin ve benzerlerinin imalatı
26.60|Manufacture of irradiation, electromedical and electrotherapeutic equipment|Işınlama, elektro medikal ve elektro terapi ile ilgili cihazların imalatı
26.70|Manufacture of optical instruments and photographic equipment|Optik aletlerin ve fotografik ekipmanların imalatı
26.80|Manufacture of magnetic and optical media|Manyetik ve optik kaset, bant, CD, vb. ortamların imalatı
27|Manufacture of electrical equipment|Elektrikli teçhizat imalatı
27.1|Manufacture of electric motors, generators, transformers and electricity distribution and control apparatus|Elektrik motoru, jeneratör, transformatör ile elektrik dağıtım ve kontrol cihazlarının imalatı
27.11|Manufacture of electric motors, generators and transformers|Elektrik motorlarının, jeneratörlerin ve transformatörlerin imalatı
27.12|Manufacture of electricity distribution and control apparatus|Elektrik dağıtım ve kontrol cihazları imalatı
27.20|Manufacture of batteries and accumulators|Akümülatör ve pil imalatı
27.3|Manufacture of wiring and wiring devices|Kablolamada kullanılan teller ve kablolar ile gereçlerin imalatı
27.31|Manufacture of fibre optic cables|Fiber optik kabloların imalatı
27.32|Manufacture of other electronic and electric wires and cables|Diğer elektronik ve elektrik telleri ve kablolarının imalatı
27.33|Manufacture of wiring devices|Kablolamada kullanılan gereçlerin imalatı
27.40|Manufacture of electric lighting equipment|Elektrikli aydınlatma ekipmanlarının imalatı
27.5|Manufacture of domestic appliances|Ev aletleri imalatı
27.51|Manufacture of electric domestic appliances|Elektrikli ev aletlerinin imalatı
27.52|Manufacture of non-electric domestic appliances|Elektriksiz ev aletlerinin imalatı
27.90|Manufacture of other electrical equipment|Diğer elektrikli ekipmanların imalatı
28|Manufacture of machinery and equipment n.e.c.|Başka yerde sınıflandırılmamış makine ve ekipman imalatı
28.1|Manufacture of general-purpose machinery|Genel amaçlı makinelerin imalatı
28.11|Manufacture of engines and turbines, except aircraft, vehicle and cycle engines|Motor ve türbin imalatı (hava taşıtı, motorlu taşıt ve motosiklet motorları hariç)
28.12|Manufacture of fluid power equipment|Akışkan gücü ile çalışan ekipmanların imalatı
28.13|Manufacture of other pumps and compressors|Diğer pompaların ve kompresörlerin imalatı
28.14|Manufacture of other taps and valves|Diğer musluk ve valf/vana imalatı
28.15|Manufacture of bearings, gears, gearing and driving elements|Rulman, dişli/dişli takımı, şanzıman ve tahrik elemanlarının imalatı
28.2|Manufacture of other general-purpose machinery|Genel amaçlı diğer makinelerin imalatı
28.21|Manufacture of ovens, furnaces and furnace burners|Fırın, ocak (sanayi ocakları) ve brülör (ocak ateşleyicileri) imalatı
28.22|Manufacture of lifting and handling equipment|Kaldırma ve taşıma ekipmanları imalatı
28.23|Manufacture of office machinery and equipment (except computers and peripheral equipment)|Büro makineleri ve ekipmanları imalatı (bilgisayarlar ve çevre birimleri hariç)
28.24|Manufacture of power-driven hand tools|Motorlu veya pnömatik (hava basınçlı) el aletlerinin imalatı
28.25|Manufacture of non-domestic cooling and ventilation equipment|Soğutma ve havalandırma donanımlarının imalatı, evde kullanılanlar hariç
28.29|Manufacture of other general-purpose machinery n.e.c.|Başka yerde sınıflandırılmamış diğer genel amaçlı makinelerin imalatı
28.30|Manufacture of agricultural and forestry machinery|Tarım ve ormancılık makinelerinin imalatı
28.4|Manufacture of metal forming machinery and machine tools|Metal işleme makineleri ve takım tezgahları imalatı
28.41|Manufacture of metal forming machinery|Metal işleme makinelerinin imalatı
28.49|Manufacture of other machine tools|Diğer takım tezgahlarının imalatı
28.9|Manufacture of other special-purpose machinery|Diğer özel amaçlı makinelerin imalatı
28.91|Manufacture of machinery for metallurgy|Metalürji makineleri imalatı
28.92|Manufacture of machinery for mining, quarrying and construction|Maden, taş ocağı ve inşaat makineleri imalatı
28.93|Manufacture of machinery for food, beverage and tobacco processing|Gıda, içecek ve tütün işleme makineleri imalatı
28.94|Manufacture of machinery for textile, apparel and leather production|Tekstil, giyim eşyası ve deri üretiminde kullanılan makinelerin imalatı
28.95|Manufacture of machinery for paper and paperboard production|Kağıt ve mukavva üretiminde kullanılan makinelerin imalatı
28.96|Manufacture of plastics and rubber machinery|Plastik ve kauçuk makinelerinin imalatı
28.99|Manufacture of other special-purpose machinery n.e.c.|Başka yerde sınıflandırılmamış diğer özel amaçlı makinelerin imalatı
29|Manufacture of motor vehicles, trailers and semi-trailers|Motorlu kara taşıtı, treyler (römork) ve yarı treyler (yarı römork) imalatı
29.10|Manufacture of motor vehicles|Motorlu kara taşıtlarının imalatı
29.20|Manufacture of bodies (coachwork) for motor vehicles; manufacture of trailers and semi-trailers|Motorlu kara taşıtları karoseri (kaporta) imalatı; treyler (römork) ve yarı treyler (yarı römork) imalatı
29.3|Manufacture of parts and accessories for motor vehicles|Motorlu kara taşıtları için parça ve aksesuar imalatı
29.31|Manufacture of electrical and electronic equipment for motor vehicles|Motorlu kara taşıtları için elektrik ve elektronik donanımların imalatı
29.32|Manufacture of other parts and accessories for motor vehicles|Motorlu kara taşıtları için diğer parça ve aksesuarların imalatı
30|Manufacture of other transport equipment|Diğer ulaşım araçlarının imalatı
30.1|Building of ships and boats|Gemi ve tekne yapımı
30.11|Building of ships and floating structures|Gemilerin ve yüzen yapıların inşası
30.12|Building of pleasure and sporting boats|Eğlence ve spor amaçlı teknelerin yapımı
30.20|Manufacture of railway locomotives and rolling stock|Demir yolu lokomotifleri ve vagonlarının imalatı
30.30|Manufacture of air and spacecraft and related machinery|Hava taşıtları ve uzay araçları ile bunlarla ilgili makinelerin imalatı
30.40|Manufacture of military fighting vehicles|Askeri savaş araçlarının imalatı
30.9|Manufacture of transport equipment n.e.c.|Başka yerde sınıflandırılmamış ulaşım araçlarının imalatı
30.91|Manufacture of motorcycles|Motosiklet imalatı
30.92|Manufacture of bicycles and invalid carriages|Bisiklet ve engelli aracı imalatı
30.99|Manufacture of other transport equipment n.e.c.|Başka yerde sınıflandırılmamış diğer ulaşım ekipmanlarının imalatı
31|Manufacture of furniture|Mobilya imalatı
31.0|Manufacture of furniture|Mobilya imalatı
31.01|Manufacture of office and shop furniture|Büro ve mağaza mobilyaları imalatı
31.02|Manufacture of kitchen furniture|Mutfak mobilyalarının imalatı
31.03|Manufacture of mattresses|Yatak imalatı
31.09|Manufacture of other furniture|Diğer mobilyaların imalatı
32|Other manufacturing|Diğer imalatlar
32.1|Manufacture of jewellery, bijouterie and related articles|Mücevherat, bijuteri eşyaları ve ilgili ürünlerin imalatı
32.11|Striking of coins|Madeni para basımı
32.12|Manufacture of jewellery and related articles|Mücevher ve benzeri eşyaların imalatı
32.13|Manufacture of imitation jewellery and related articles|İmitasyon (taklit) takılar ve ilgili eşyaların imalatı
32.20|Manufacture of musical instruments|Müzik aletleri imalatı
32.30|Manufacture of sports goods|Spor malzemeleri imalatı
32.40|Manufacture of games and toys|Oyun ve oyuncak imalatı
32.50|Manufacture of medical and dental instruments and supplies|Tıbbi ve dişçilik ile ilgili araç ve gereçlerin imalatı
32.9|Manufacturing n.e.c.|Başka yerde sınıflandırılmamış imalatlar
32.91|Manufacture of brooms and brushes|Süpürge ve fırça imalatı
32.99|Other manufacturing n.e.c.|Başka yerde sınıflandırılmamış diğer imalatlar
33|Repair and installation of machinery and equipment|Makine ve ekipmanların kurulumu ve onarımı
33.1|Repair of fabricated metal products, machinery and equipment|Fabrikasyon metal ürünlerin, makinelerin ve ekipmanların onarımı
33.11|Repair of fabricated metal products|Fabrikasyon metal ürünlerin onarımı
33.12|Repair of machinery|Makinelerin onarımı
33.13|Repair of electronic and optical equipment|Elektronik veya optik ekipmanların onarımı
33.14|Repair of electrical equipment|Elektrikli ekipmanların onarımı
33.15|Repair and maintenance of ships and boats|Gemilerin ve teknelerin bakım ve onarımı
33.16|Repair and maintenance of aircraft and spacecraft|Hava taşıtlarının ve uzay araçlarının bakım ve onarımı
33.17|Repair and maintenance of other transport equipment|Diğer ulaşım ekipmanlarının bakım ve onarımı
33.19|Repair of other equipment|Diğer ekipmanların onarımı
33.20|Installation of industrial machinery and equipment|Sanayi makine ve ekipmanlarının kurulumu
`;
