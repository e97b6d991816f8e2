/** Version of the rule set, recorded in every draft record's provenance agent; kept equal to package.json's version. */
export const extractorVersion = '0.1.0';
