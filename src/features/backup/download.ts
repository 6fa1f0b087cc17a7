import { t } from '../../core/i18n/language';

/** Saves text as a file through the browser's ordinary download: works everywhere, and the
 * object URL is released once the click has started the download. */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface SaveFilePicker {
  showSaveFilePicker?: (options: {
    suggestedName: string;
    types: { description: string; accept: Record<string, string[]> }[];
  }) => Promise<{
    createWritable: () => Promise<{
      write: (data: Blob) => Promise<void>;
      close: () => Promise<void>;
    }>;
  }>;
}

/** Whether this browser lets a person choose the folder (the File System Access API). */
export function canChooseWhereToSave(): boolean {
  return typeof window !== 'undefined' && 'showSaveFilePicker' in window;
}

/** Saves through the browser's own "Save as" window. Resolves false when the person closed it
 * without saving; that is a choice, not a failure. */
export async function saveWithPicker(name: string, text: string, type: string): Promise<boolean> {
  const picker = (window as unknown as SaveFilePicker).showSaveFilePicker;
  if (!picker) throw new Error('Choosing a folder is not available in this browser.');
  const extension = name.slice(name.lastIndexOf('.'));
  try {
    const handle = await picker({
      suggestedName: name,
      types: [{ description: t('Stepwork file'), accept: { [type]: [extension] } }],
    });
    const writable = await handle.createWritable();
    await writable.write(new Blob([text], { type }));
    await writable.close();
    return true;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return false;
    throw error;
  }
}
