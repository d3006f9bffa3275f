// Step 2: drop or choose files; the engine's detection is shown and every read option can be overridden.
import { Divider } from '@mantine/core';
import { useT } from '../../../i18n/useT';
import { ChosenFiles } from '../components/ChosenFiles';
import { FileDropZone } from '../components/FileDropZone';
import { ReadOptions } from '../components/ReadOptions';
import { StepHeading } from '../../common/StepHeading';
import { useFileChoice } from '../hooks/useFileChoice';

export function FilesStep({ sandbox }: { sandbox: string }) {
  const t = useT();
  const { add, remove, setOverride } = useFileChoice(sandbox);
  return (
    <>
      <StepHeading
        mb="lg"
        title={t('wizards.import.files.title')}
        description={t('wizards.import.files.intro')}
      />
      <FileDropZone onFiles={(files) => void add(files)} />
      <ChosenFiles onRemove={remove} />
      <Divider my="xl" />
      <ReadOptions onChange={(key, value) => void setOverride(key, value)} />
    </>
  );
}
