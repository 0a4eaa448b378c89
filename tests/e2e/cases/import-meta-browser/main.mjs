// In a browser script bundle, import.meta.url is the URL of the script that loaded it (the
// banner stands in for the page: node has no document).
export const icon = new URL("./img/icon.png", import.meta.url).href;
console.log(icon, typeof import.meta);
