import { useLab } from '../../state/lab-store';

export function LoadingScreen() {
  const progress = useLab((s) => s.progress);
  const share = progress && progress.total > 0 ? progress.done / progress.total : 0;
  return (
    <main className="loading" aria-busy="true">
      <h1 className="brand brand-large">MQL Lab</h1>
      <p>{progress?.label ?? 'Opening your workspace'}…</p>
      <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share * 100)}>
        <div className="progress-fill" style={{ width: `${Math.max(4, share * 100)}%` }} />
      </div>
    </main>
  );
}

export function ErrorScreen({ message }: { message: string }) {
  return (
    <main className="loading" role="alert">
      <h1 className="brand brand-large">MQL Lab</h1>
      <p className="error-text">{message}</p>
    </main>
  );
}
