/**
 * Run a script's `main`, exiting with its code; an error is printed as its message alone (every
 * error these scripts throw says what went wrong and what to do, a stack would only bury that).
 */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
