// Turns the SDK's thrown errors into { status, code } so tests can assert on what an integrator would see.
export interface HttpOutcome {
  ok: boolean;
  status: number;
  code: string | null;
  message: string | null;
}

export async function outcome(promise: Promise<unknown>): Promise<HttpOutcome> {
  try {
    await promise;
    return { ok: true, status: 200, code: null, message: null };
  } catch (error) {
    const e = error as { response?: { status?: number }; errors?: { message?: string; extensions?: { code?: string } }[] };
    if (!e.response) throw error;
    return { ok: false, status: e.response.status ?? 0, code: e.errors?.[0]?.extensions?.code ?? null, message: e.errors?.[0]?.message ?? null };
  }
}
