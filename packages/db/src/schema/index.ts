// The whole database schema; drizzle-kit generates the migrations from it.

export * from './accounts';
export * from './projects';
export * from './stakeholders';
export * from './statistics';
export * from './geographies';
export * from './fieldStudy';
export * from './workshops';
export * from './informationDay';
export * from './roadmap';
