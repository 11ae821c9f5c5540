/** How a promise ended, without throwing: the value or the rejection reason. */
export async function settle<T>(promise: Promise<T>): Promise<PromiseSettledResult<T>> {
  const [result] = await Promise.allSettled([promise]);
  return result as PromiseSettledResult<T>;
}
