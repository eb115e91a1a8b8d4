// Jest cannot parse CSS; styles do not matter to what the tests check.
export default {};
