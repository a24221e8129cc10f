export default { types: {} };
