// US states, the District of Columbia and the territories by their 2-digit FIPS code (the Census
// Bureau's state codes, as in County Business Patterns' `fipstate`).

const TABLE = `01 Alabama|02 Alaska|04 Arizona|05 Arkansas|06 California|08 Colorado|09 Connecticut
|10 Delaware|11 District of Columbia|12 Florida|13 Georgia|15 Hawaii|16 Idaho|17 Illinois|18 Indiana
|19 Iowa|20 Kansas|21 Kentucky|22 Louisiana|23 Maine|24 Maryland|25 Massachusetts|26 Michigan
|27 Minnesota|28 Mississippi|29 Missouri|30 Montana|31 Nebraska|32 Nevada|33 New Hampshire
|34 New Jersey|35 New Mexico|36 New York|37 North Carolina|38 North Dakota|39 Ohio|40 Oklahoma
|41 Oregon|42 Pennsylvania|44 Rhode Island|45 South Carolina|46 South Dakota|47 Tennessee|48 Texas
|49 Utah|50 Vermont|51 Virginia|53 Washington|54 West Virginia|55 Wisconsin|56 Wyoming
|60 American Samoa|66 Guam|69 Northern Mariana Islands|72 Puerto Rico|78 U.S. Virgin Islands`;

export const US_STATES: ReadonlyMap<string, string> = new Map(
  TABLE.split('|').map((entry) => {
    const text = entry.trim();
    return [text.slice(0, 2), text.slice(3)] as const;
  }),
);

/** The state's name for a FIPS code ("6" or "06"), else undefined. */
export function usStateName(code: string): string | undefined {
  const text = code.trim();
  return /^\d{1,2}$/.test(text) ? US_STATES.get(text.padStart(2, '0')) : undefined;
}
