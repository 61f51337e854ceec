import { api, hasNativeDialogs } from '../api/client';
import { useLab } from '../state/lab-store';

/**
 * Saves text the user exports: through the native save dialog in the desktop app, as a browser
 * download in the browser host. Resolves once saved (or cancelled); errors reach the error toast.
 */
export async function saveText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): Promise<void> {
  // A byte-order mark makes Excel read the CSV as UTF-8 (names with accents stay intact).
  const content = type.startsWith('text/csv') ? `\uFEFF${text}` : text;
  if (!hasNativeDialogs) {
    download(fileName, content, type);
    return;
  }
  try {
    const { file } = await api['dialog:save-text']({ title: `Save ${fileName}`, fileName, text: content });
    if (file) useLab.getState().showNotice(`Saved to ${file}`);
  } catch (error) {
    useLab.getState().showError(error instanceof Error ? error.message : String(error));
  }
}

function download(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
