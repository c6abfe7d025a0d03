/** `T` with its fields writable: for a value built field by field, then handed out as `T`. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
