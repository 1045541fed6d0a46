/** Whether a missing test service fails the run (CI set to anything but "", "0" or "false"). */
export declare function ciStrict(env?: NodeJS.ProcessEnv): boolean;
