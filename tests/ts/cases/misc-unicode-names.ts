enum Ω { α = 1, β }
const ñ: number = Ω.β;
console.log(ñ, Ω[2]);
