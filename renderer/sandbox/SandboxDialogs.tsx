// Renders the sandbox dialogs once for the whole app; the switcher and pages open them via the store.
import type { SandboxInfo } from '../../shared/contract';
import { useSandboxDialog } from '../state/StoresProvider';
import { ConfirmSandboxDialog } from './ConfirmSandboxDialog';
import { CreateSandboxDialog } from './CreateSandboxDialog';
import { RenameSandboxDialog } from './RenameSandboxDialog';
import type { SandboxDialog } from './sandbox-dialog-store';
import { useLiveSandbox } from './useLiveSandbox';

export function SandboxDialogs() {
  const dialog = useSandboxDialog((state) => state.dialog);
  const isOpen = useSandboxDialog((state) => state.isOpen);
  const openCount = useSandboxDialog((state) => state.openCount);
  const close = useSandboxDialog((state) => state.close);
  const opened = (kind: SandboxDialog['kind']) => isOpen && dialog?.kind === kind;
  const target = dialog && dialog.kind !== 'create' ? dialog.sandbox : undefined;

  return (
    <>
      <CreateSandboxDialog opened={opened('create')} onClose={close} formKey={openCount} />
      <TargetedDialogs target={target} kind={dialog?.kind} isOpen={isOpen} onClose={close} formKey={openCount} />
    </>
  );
}

function TargetedDialogs(props: {
  target: SandboxInfo | undefined;
  kind: SandboxDialog['kind'] | undefined;
  isOpen: boolean;
  onClose(): void;
  formKey: number;
}) {
  if (!props.target) return null;
  return <LiveTargetedDialogs {...props} target={props.target} />;
}

function LiveTargetedDialogs({
  target,
  kind,
  isOpen,
  onClose,
  formKey,
}: {
  target: SandboxInfo;
  kind: SandboxDialog['kind'] | undefined;
  isOpen: boolean;
  onClose(): void;
  formKey: number;
}) {
  const sandbox = useLiveSandbox(target);
  return (
    <>
      <RenameSandboxDialog opened={isOpen && kind === 'rename'} onClose={onClose} sandbox={sandbox} formKey={formKey} />
      <ConfirmSandboxDialog action="reset" opened={isOpen && kind === 'reset'} onClose={onClose} sandbox={sandbox} />
      <ConfirmSandboxDialog action="delete" opened={isOpen && kind === 'delete'} onClose={onClose} sandbox={sandbox} />
    </>
  );
}
