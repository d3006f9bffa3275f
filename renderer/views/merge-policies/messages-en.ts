// English messages of the merge policies view; spread into the app catalogue `i18n/en.ts`.
import type { Message } from '../../i18n/types';

export const mergePoliciesViewEn = {
  'views.mergePolicies.new': 'New merge policy',
  'views.mergePolicies.full':
    'This sandbox has {max} merge policies, the most the platform allows. Delete one to create another.',
  'views.mergePolicies.list.label': 'Merge policies',
  'views.mergePolicies.list.none':
    'No merge policies: lookups neither merge fragments nor stitch identities. Create one to merge profiles.',
  'views.mergePolicies.list.name': 'Name',
  'views.mergePolicies.list.class': 'Class',
  'views.mergePolicies.list.merge': 'Attribute merge',
  'views.mergePolicies.list.stitching': 'Identity stitching',
  'views.mergePolicies.list.default': 'Default',
  'views.mergePolicies.list.version': 'Version',
  'views.mergePolicies.list.actions': 'Actions',
  'views.mergePolicies.list.isDefault': 'Default',
  'views.mergePolicies.list.notDefault': 'No',
  'views.mergePolicies.list.edit': 'Edit',
  'views.mergePolicies.list.editOne': 'Edit {name}',
  'views.mergePolicies.list.makeDefault': 'Make default',
  'views.mergePolicies.list.makeDefaultOne': 'Make {name} the default',
  'views.mergePolicies.list.delete': 'Delete',
  'views.mergePolicies.list.deleteOne': 'Delete {name}',
  'views.mergePolicies.class.profile': 'XDM Individual Profile',
  'views.mergePolicies.merge.timestampOrdered': 'Timestamp ordered',
  'views.mergePolicies.merge.timestampOrdered.why':
    'For each attribute, the most recently ingested value wins. Every dataset enabled for Profile takes part.',
  'views.mergePolicies.merge.dataSetPrecedence': 'Dataset precedence',
  'views.mergePolicies.merge.dataSetPrecedence.why':
    'A value from a dataset higher in the list wins, whatever its time. Datasets not in the list are left out of the profile.',
  'views.mergePolicies.merge.precedenceOrder': 'Dataset precedence: {datasets}',
  'views.mergePolicies.stitching.pdg': 'Private graph',
  'views.mergePolicies.stitching.pdg.why':
    'Fragments of every identity linked in the identity graph merge into one profile.',
  'views.mergePolicies.stitching.none': 'None',
  'views.mergePolicies.stitching.none.why':
    'Only fragments of the looked-up identity itself merge; links are ignored.',
  'views.mergePolicies.order.label': 'Dataset order, highest priority first',
  'views.mergePolicies.order.hint':
    'Use the arrow buttons to move a dataset; only listed datasets take part.',
  'views.mergePolicies.order.list': 'Datasets in order of precedence',
  'views.mergePolicies.order.empty': 'No dataset listed yet: add one below.',
  'views.mergePolicies.order.up': 'Move {name} up',
  'views.mergePolicies.order.down': 'Move {name} down',
  'views.mergePolicies.order.remove': 'Remove {name} from the order',
  'views.mergePolicies.order.add': 'Add {name} to the order',
  'views.mergePolicies.editor.newTitle': 'New merge policy',
  'views.mergePolicies.editor.editTitle': 'Edit ‘{name}’',
  'views.mergePolicies.editor.name': 'Name',
  'views.mergePolicies.editor.merge': 'Attribute merge',
  'views.mergePolicies.editor.stitching': 'Identity stitching',
  'views.mergePolicies.editor.default': 'Default policy for XDM Individual Profile',
  'views.mergePolicies.editor.defaultHint':
    'Lookups that name no policy use the default. Each class has one default.',
  'views.mergePolicies.editor.defaultTakes':
    'Saving makes this the default instead of ‘{name}’ (one default per class).',
  'views.mergePolicies.editor.refused': 'The engine refused this policy',
  'views.mergePolicies.editor.create': 'Create policy',
  'views.mergePolicies.editor.saveChanges': 'Save changes',
  'views.mergePolicies.editor.cancel': 'Cancel',
  'views.mergePolicies.rule.nameMissing': 'Give the policy a name.',
  'views.mergePolicies.rule.nameTaken': 'Another policy is already called ‘{name}’; choose another name.',
  'views.mergePolicies.rule.orderEmpty':
    'Dataset precedence needs at least one dataset: add the datasets that should merge.',
  'views.mergePolicies.rule.tooMany':
    'A sandbox has at most {max} merge policies. Delete one before creating another.',
  'views.mergePolicies.preview.title': 'Effect on a profile',
  'views.mergePolicies.preview.intro':
    'Pick an identity to see its merged profile under the saved policy next to this draft. Nothing is saved until you save the policy.',
  'views.mergePolicies.preview.form': 'Identity to preview',
  'views.mergePolicies.preview.namespace': 'Identity namespace',
  'views.mergePolicies.preview.value': 'Identity value',
  'views.mergePolicies.preview.valueMissing': 'Enter the identity value to preview.',
  'views.mergePolicies.preview.show': 'Show effect',
  'views.mergePolicies.preview.pick': 'No identity chosen yet.',
  'views.mergePolicies.preview.fixDraft': 'Fix the policy above to see its effect.',
  'views.mergePolicies.preview.nothing':
    'No profile for {identity} under either policy. Check the value, or look it up in Profiles.',
  'views.mergePolicies.preview.changed': {
    one: '{count} attribute differs',
    other: '{count} attributes differ',
  },
  'views.mergePolicies.preview.fragments': 'Fragments merged: {saved} saved, {draft} draft.',
  'views.mergePolicies.preview.table': 'Attributes of {identity}: saved policy and draft',
  'views.mergePolicies.preview.attribute': 'Attribute',
  'views.mergePolicies.preview.savedNamed': 'Saved: {name}',
  'views.mergePolicies.preview.noPolicy': 'Saved: no policy',
  'views.mergePolicies.preview.draft': 'Draft',
  'views.mergePolicies.preview.differs': 'Changed',
  'views.mergePolicies.notice.saved': 'Saved ‘{name}’ (version {version}).',
  'views.mergePolicies.notice.default': '‘{name}’ is now the default merge policy.',
  'views.mergePolicies.notice.deleted': 'Deleted ‘{name}’.',
  'views.mergePolicies.notice.close': 'Dismiss',
  'views.mergePolicies.delete.title': 'Delete ‘{name}’?',
  'views.mergePolicies.delete.body': 'Lookups that name this policy will fail. Stored fragments are kept.',
  'views.mergePolicies.delete.bodyDefault':
    'This is the default policy: after deleting it, lookups neither merge fragments nor stitch identities until another policy is made the default. Stored fragments are kept.',
  'views.mergePolicies.delete.cancel': 'Keep it',
  'views.mergePolicies.delete.confirm': 'Delete policy',
} as const satisfies Record<string, Message>;
