export declare const CHROMIUM_ARGS: string[];
export declare const DEBIAN_CHROMIUM: string;
export declare const DEBIAN_HEADLESS_SHELL: string;
export declare function chromiumPath(): string;
export declare function headlessShellPath(): string;
