// Turkey's 26 NUTS-2 regions (İBBS Düzey 2), each the area of one development agency: code and
// name, so statistics keyed by these codes are named even where no map was imported.

export interface TurkeyNuts2Region {
  /** 'TR10' ... 'TRC3'. */
  code: string;
  /** The name TÜİK and Eurostat use: the region's provinces, its centre first. */
  name: string;
}

const TABLE = `TR10 İstanbul|TR21 Tekirdağ, Edirne, Kırklareli|TR22 Balıkesir, Çanakkale|TR31 İzmir
|TR32 Aydın, Denizli, Muğla|TR33 Manisa, Afyonkarahisar, Kütahya, Uşak|TR41 Bursa, Eskişehir, Bilecik
|TR42 Kocaeli, Sakarya, Düzce, Bolu, Yalova|TR51 Ankara|TR52 Konya, Karaman
|TR61 Antalya, Isparta, Burdur|TR62 Adana, Mersin|TR63 Hatay, Kahramanmaraş, Osmaniye
|TR71 Kırıkkale, Aksaray, Niğde, Nevşehir, Kırşehir|TR72 Kayseri, Sivas, Yozgat
|TR81 Zonguldak, Karabük, Bartın|TR82 Kastamonu, Çankırı, Sinop|TR83 Samsun, Tokat, Çorum, Amasya
|TR90 Trabzon, Ordu, Giresun, Rize, Artvin, Gümüşhane|TRA1 Erzurum, Erzincan, Bayburt
|TRA2 Ağrı, Kars, Iğdır, Ardahan|TRB1 Malatya, Elazığ, Bingöl, Tunceli|TRB2 Van, Muş, Bitlis, Hakkari
|TRC1 Gaziantep, Adıyaman, Kilis|TRC2 Şanlıurfa, Diyarbakır|TRC3 Mardin, Batman, Şırnak, Siirt`;

/** In code order (TÜİK's İBBS classification). */
export const TURKEY_NUTS2_REGIONS: readonly TurkeyNuts2Region[] = TABLE.split('|').map((entry) => {
  const [code = '', ...name] = entry.trim().split(' ');
  return { code, name: name.join(' ') };
});

const byCode = new Map(TURKEY_NUTS2_REGIONS.map((region) => [region.code, region.name]));

/** The region's name for a NUTS-2 code ('TR31', ' tr31 '); undefined for any other code. */
export function turkeyNuts2Name(code: string): string | undefined {
  return byCode.get(code.trim().toUpperCase());
}
