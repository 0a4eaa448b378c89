export const enum Status {
    Active = 1,
    Inactive = Active + 1,
    Label = 'status',
}
export const enum Other {
    X = 10,
}
