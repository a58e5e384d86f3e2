/** Headless, and no network chatter on a closed machine. */
export declare const CHROMIUM_FLAGS: string[];
/** Finds Chromium (CHROMIUM_PATH, or `chromium` on PATH); throws with install instructions otherwise. */
export declare function findChromium(): string;
