// Turkey's 81 provinces (il): licence-plate number, name and NUTS-3 (İBBS Düzey 3) code, so
// statistics keyed by either code find their province on the map.

export interface TurkeyProvince {
  /** Two digits, 01-81. */
  plate: string;
  name: string;
  /** NUTS-3 code of the province, e.g. TR310 for İzmir. */
  nuts3: string;
}

/** Plate, NUTS-3 and name, in plate order (TÜİK's İBBS classification for the codes). */
const TABLE = `01 TR621 Adana|02 TRC12 Adıyaman|03 TR332 Afyonkarahisar|04 TRA21 Ağrı|05 TR834 Amasya
|06 TR510 Ankara|07 TR611 Antalya|08 TR905 Artvin|09 TR321 Aydın|10 TR221 Balıkesir|11 TR413 Bilecik
|12 TRB13 Bingöl|13 TRB23 Bitlis|14 TR424 Bolu|15 TR613 Burdur|16 TR411 Bursa|17 TR222 Çanakkale
|18 TR822 Çankırı|19 TR833 Çorum|20 TR322 Denizli|21 TRC22 Diyarbakır|22 TR212 Edirne|23 TRB12 Elazığ
|24 TRA12 Erzincan|25 TRA11 Erzurum|26 TR412 Eskişehir|27 TRC11 Gaziantep|28 TR903 Giresun
|29 TR906 Gümüşhane|30 TRB24 Hakkari|31 TR631 Hatay|32 TR612 Isparta|33 TR622 Mersin|34 TR100 İstanbul
|35 TR310 İzmir|36 TRA22 Kars|37 TR821 Kastamonu|38 TR721 Kayseri|39 TR213 Kırklareli|40 TR715 Kırşehir
|41 TR421 Kocaeli|42 TR521 Konya|43 TR333 Kütahya|44 TRB11 Malatya|45 TR331 Manisa
|46 TR632 Kahramanmaraş|47 TRC31 Mardin|48 TR323 Muğla|49 TRB22 Muş|50 TR714 Nevşehir|51 TR713 Niğde
|52 TR902 Ordu|53 TR904 Rize|54 TR422 Sakarya|55 TR831 Samsun|56 TRC34 Siirt|57 TR823 Sinop
|58 TR722 Sivas|59 TR211 Tekirdağ|60 TR832 Tokat|61 TR901 Trabzon|62 TRB14 Tunceli|63 TRC21 Şanlıurfa
|64 TR334 Uşak|65 TRB21 Van|66 TR723 Yozgat|67 TR811 Zonguldak|68 TR712 Aksaray|69 TRA13 Bayburt
|70 TR522 Karaman|71 TR711 Kırıkkale|72 TRC32 Batman|73 TRC33 Şırnak|74 TR813 Bartın|75 TRA24 Ardahan
|76 TRA23 Iğdır|77 TR425 Yalova|78 TR812 Karabük|79 TRC13 Kilis|80 TR633 Osmaniye|81 TR423 Düzce`;

export const TURKEY_PROVINCES: readonly TurkeyProvince[] = TABLE.split('|').map((entry) => {
  const [plate = '', nuts3 = '', ...name] = entry.trim().split(' ');
  return { plate, nuts3, name: name.join(' ') };
});

const byPlate = new Map(TURKEY_PROVINCES.map((p) => [p.plate, p]));
const byNuts3 = new Map(TURKEY_PROVINCES.map((p) => [p.nuts3, p]));

/** The province of a plate number ("6", "06") or NUTS-3 code ("TR510"), else undefined. */
export function turkeyProvince(code: string): TurkeyProvince | undefined {
  const text = code.trim().toUpperCase();
  if (/^\d{1,2}$/.test(text)) return byPlate.get(text.padStart(2, '0'));
  return byNuts3.get(text);
}
