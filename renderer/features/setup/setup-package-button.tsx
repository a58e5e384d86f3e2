/** Placeholder until the setup package lands (step 5 of issue 12). */
export function SetupPackageButton() {
  return null;
}
