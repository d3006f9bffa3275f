// Renders the sandbox dialogs once for the whole app; the switcher and pages open them via the store.
import type { SandboxInfo } from '../../shared/contract';
import { useSandboxDialog } from '../state/StoresProvider';
import { ConfirmSandboxDialog } from './ConfirmSandboxDialog';
import { CreateSandboxDialog } from './CreateSandboxDialog';
import { RenameSandboxDialog } from './RenameSandboxDialog';
import type { SandboxDialogKind } from './sandbox-dialog-store';
import { useLiveSandbox } from './useLiveSandbox';

export function SandboxDialogs() {
  const dialog = useSandboxDialog((state) => state.dialog);
  const isOpen = useSandboxDialog((state) => state.isOpen);
  const openCount = useSandboxDialog((state) => state.openCount);
  const close = useSandboxDialog((state) => state.close);

  return (
    <>
      <CreateSandboxDialog opened={isOpen && dialog?.kind === 'create'} onClose={close} formKey={openCount} />
      {dialog && dialog.kind !== 'create' ? (
        <SandboxActionDialogs
          target={dialog.sandbox}
          kind={dialog.kind}
          isOpen={isOpen}
          onClose={close}
          formKey={openCount}
        />
      ) : null}
    </>
  );
}

interface SandboxActionDialogsProps {
  target: SandboxInfo;
  kind: Exclude<SandboxDialogKind, 'create'>;
  isOpen: boolean;
  onClose(): void;
  formKey: number;
}

/** Rename, reset and delete, shown with the sandbox as the engine lists it now. */
function SandboxActionDialogs({ target, kind, isOpen, onClose, formKey }: SandboxActionDialogsProps) {
  const sandbox = useLiveSandbox(target);
  return (
    <>
      <RenameSandboxDialog
        opened={isOpen && kind === 'rename'}
        onClose={onClose}
        sandbox={sandbox}
        formKey={formKey}
      />
      <ConfirmSandboxDialog
        action="reset"
        opened={isOpen && kind === 'reset'}
        onClose={onClose}
        sandbox={sandbox}
      />
      <ConfirmSandboxDialog
        action="delete"
        opened={isOpen && kind === 'delete'}
        onClose={onClose}
        sandbox={sandbox}
      />
    </>
  );
}
