// The lookup flow: the merged profile with its graph and newest events, or, when nothing comes back, the diagnosis.
import { useCallback, useRef } from 'react';
import { useEngineCall } from '../../../app/useEngineCall';
import type { MethodRequest } from '../../../../shared/contract';
import { useVerifyStores } from '../state/VerifyWizardProvider';
import type { Lookup } from '../state/verify-wizard-store';

/** Events per page of the timeline (newest first). */
export const EVENTS_PAGE_SIZE = 10;

function identityArgs(sandbox: string, lookup: Lookup): MethodRequest<'profile-diagnose'> {
  return {
    sandbox,
    entityId: lookup.value,
    entityIdNS: lookup.namespace,
    ...(lookup.mergePolicyId ? { mergePolicyId: lookup.mergePolicyId } : {}),
  };
}

function eventArgs(sandbox: string, lookup: Lookup, start: string): MethodRequest<'profile-events'> {
  return {
    sandbox,
    relatedEntityId: lookup.value,
    relatedEntityIdNS: lookup.namespace,
    ...(lookup.mergePolicyId ? { mergePolicyId: lookup.mergePolicyId } : {}),
    orderby: '-timestamp',
    limit: EVENTS_PAGE_SIZE,
    ...(start ? { start } : {}),
  };
}

export function useLookup(sandbox: string) {
  const { data, wizard } = useVerifyStores();
  // Over 50 identities the platform refuses the lookup (422); the diagnosis explains it, so it is not an app error.
  const detailCall = useEngineCall('profile-detail', { inlineCodes: ['limit-exceeded'] });
  const graphCall = useEngineCall('profile-graph');
  const eventsCall = useEngineCall('profile-events');
  const diagnoseCall = useEngineCall('profile-diagnose');
  const { run: runDetail } = detailCall;
  const { run: runGraph } = graphCall;
  const { run: runEvents } = eventsCall;
  const { run: runDiagnose } = diagnoseCall;
  /** Bumped by every lookup, so the answer to an older one never replaces a newer one. */
  const latest = useRef(0);

  const lookUp = useCallback(
    async (lookup: Lookup) => {
      const token = ++latest.current;
      const isCurrent = () => latest.current === token;
      wizard.getState().submit(lookup);
      data.setState({ result: { status: 'loading', lookup, token }, events: undefined, isDiagnosing: false });
      const args = identityArgs(sandbox, lookup);
      const detail = await runDetail(args);
      if (!isCurrent()) return;
      if (detail) {
        const [graph, events] = await Promise.all([
          runGraph({ sandbox, entityId: lookup.value, entityIdNS: lookup.namespace }),
          runEvents(eventArgs(sandbox, lookup, '')),
        ]);
        if (!isCurrent()) return;
        // A policy can leave every fragment out (dataset precedence): then nothing came back either.
        if (detail.fragments.length > 0 || (events?.children.length ?? 0) > 0) {
          data.setState({
            result: { status: 'found', lookup, token, detail, graph: graph ?? null },
            events: events ? { token, start: '', page: events } : undefined,
          });
          return;
        }
      }
      data.setState({ result: { status: 'missing', lookup, token }, isDiagnosing: true });
      const diagnosis = await runDiagnose(args);
      if (!isCurrent()) return;
      data.setState({
        result: { status: 'missing', lookup, token, ...(diagnosis ? { diagnosis } : {}) },
        isDiagnosing: false,
      });
    },
    [sandbox, data, wizard, runDetail, runGraph, runEvents, runDiagnose],
  );

  /** Runs the checklist for a profile that did come back, when it holds less than expected. */
  const diagnoseFound = useCallback(async () => {
    const result = data.getState().result;
    if (result?.status !== 'found') return;
    data.setState({ isDiagnosing: true });
    const diagnosis = await runDiagnose(identityArgs(sandbox, result.lookup));
    const now = data.getState().result;
    if (now?.token !== result.token || now.status !== 'found') return;
    data.setState({ result: { ...now, ...(diagnosis ? { diagnosis } : {}) }, isDiagnosing: false });
  }, [sandbox, data, runDiagnose]);

  /** Moves the timeline one page; `older` follows the engine's `next` cursor, newer goes back one. */
  const pageEvents = useCallback(
    async (direction: 'older' | 'newer') => {
      const { result, events } = data.getState();
      if (result?.status !== 'found' || !events) return;
      const state = wizard.getState();
      const start =
        direction === 'older'
          ? events.page._page.next
          : (state.eventStarts[state.eventStarts.length - 2] ?? '');
      if (direction === 'older' && !start) return;
      const page = await runEvents(eventArgs(sandbox, result.lookup, start));
      if (!page || data.getState().result?.token !== result.token) return;
      if (direction === 'older') wizard.getState().olderEvents(start);
      else wizard.getState().newerEvents();
      data.setState({ events: { token: result.token, start, page } });
    },
    [sandbox, data, wizard, runEvents],
  );

  return { lookUp, diagnoseFound, pageEvents, isPagingEvents: eventsCall.isPending };
}
