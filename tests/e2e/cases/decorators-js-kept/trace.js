export const trace = (value, context) => {
    console.log(context.kind, context.name);
};
