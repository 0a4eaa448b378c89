export const order = ['log'];
