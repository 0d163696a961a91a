import { createRandom } from '../../src/modules/registry/demo/random.ts';
import { ApiClient, ServerGone } from './api-client.ts';
import { PASSWORD, USER, type World } from './crash-world.ts';
import { withClient } from '../../src/db/postgres.ts';
import { startServer, type ServerProcess } from './zhenfu-process.ts';

/**
 * A fixed list of member events sent to the server one after another, as a client would, possibly with the
 * server killed in the middle.
 *
 * How a re-run after a crash is made safe: every event carries the member's `version` (optimistic
 * concurrency), read just before the first send. When the answer is lost, the same request is sent again,
 * with the same version, to the restarted server. Either the first send never committed — then this one
 * applies it — or it did, and the member's version has moved on (and the member has left): the server
 * answers 409 (or 422 MEMBER_NOT_ACTIVE) and writes nothing. The client then reads the member back and
 * counts the event as done only if it left by this event. So an event applies at most once, and at least once.
 */
export interface PlannedEvent {
  memberId: number;
  householdId: number;
  body: {
    event: 'death' | 'married_out' | 'move';
    eventDate: string;
    newHeadMemberId?: number;
    toHouseholdId?: number;
    relationInNewHousehold?: string;
  };
}

interface Roster {
  id: number;
  members: { id: number; relation: string }[];
}

/**
 * Plans `count` events over distinct households of the registry at `url` (ids are the same in every copy):
 * a non-head dies, marries out or moves to another household, a head dies and another member becomes head, the
 * only member of a household dies (the household is cancelled).
 */
export async function planEvents(
  url: string,
  count: number,
  seed: number,
  eventDate: string,
): Promise<PlannedEvent[]> {
  const rosters = await withClient(url, async (c) => {
    const { rows } = await c.query<Roster>(`SELECT h.id::int AS id,
        json_agg(json_build_object('id', m.id::int, 'relation', m.relation) ORDER BY m.relation, m.id) AS members
      FROM households h JOIN members m ON m.household_id = h.id AND m.active
      GROUP BY h.id ORDER BY h.household_no`);
    return rows;
  });
  const rng = createRandom(seed);
  rng.shuffle(rosters);
  const singles = rosters.filter((r) => r.members.length === 1);
  const families = rosters.filter((r) => r.members.length >= 2 && r.members[0]!.relation === '01');
  const events: PlannedEvent[] = [];
  const kinds = ['death', 'married_out', 'move', 'head_death', 'last_death'] as const;
  for (let i = 0; events.length < count; i += 1) {
    const kind = kinds[i % kinds.length]!;
    const household = kind === 'last_death' ? singles.pop() : families.pop();
    if (!household) throw new Error(`not enough households for ${count} events`);
    const [head, other] = household.members;
    const base = { householdId: household.id };
    if (kind === 'head_death' || kind === 'last_death') {
      events.push({
        ...base,
        memberId: head!.id,
        body: { event: 'death', eventDate, ...(other ? { newHeadMemberId: other.id } : {}) },
      });
    } else if (kind === 'move') {
      const target = families.pop();
      if (!target) throw new Error(`not enough households for ${count} events`);
      events.push({
        ...base,
        memberId: other!.id,
        body: { event: 'move', eventDate, toHouseholdId: target.id, relationInNewHousehold: '99' },
      });
    } else {
      events.push({ ...base, memberId: other!.id, body: { event: kind, eventDate } });
    }
  }
  return events;
}

/** The server the events go to, started again (and logged in again) after it was killed. */
export class EventSession {
  private server: ServerProcess | undefined;
  private client: ApiClient | undefined;
  private killing: Promise<void> | undefined;
  restarts = 0;

  constructor(
    private readonly world: World,
    private readonly url: string,
  ) {}

  async api(): Promise<ApiClient> {
    if (!this.client) {
      try {
        this.server = await startServer(this.world.env(this.url));
        this.client = await ApiClient.login(this.server.url, USER, PASSWORD);
      } catch (error) {
        // Killed while starting: the same as a lost answer.
        if (this.killing) throw new ServerGone(String(error));
        throw error;
      }
    }
    return this.client;
  }

  /** SIGKILL now (the timer of a crash run calls this). */
  kill(): void {
    this.killing = this.server?.kill();
  }

  /** After a lost answer: waits for the killed server to be gone, then the next api() starts a new one. */
  async revive(): Promise<void> {
    if (!this.killing) throw new Error('the server went away without being killed');
    await this.killing;
    this.killing = undefined;
    this.client = undefined;
    this.restarts += 1;
  }

  async close(): Promise<void> {
    await this.server?.stop();
  }
}

export interface EventTally {
  applied: number;
  /** Answers lost to the kill whose event had committed: the resend was refused, the member had left. */
  committedBeforeCrash: number;
  /** Answers lost to the kill whose event had not committed: the resend applied it. */
  appliedOnResend: number;
}

interface MemberView {
  id: number;
  active: boolean;
  leftEvent: string | null;
  version: number;
}

async function readMember(client: ApiClient, e: PlannedEvent): Promise<MemberView> {
  const { status, body } = await client.json<{ members: MemberView[]; formerMembers: MemberView[] }>(
    'GET',
    `/api/v1/households/${e.householdId}`,
  );
  // A member who left is listed apart, among the former members.
  const all = status === 200 ? [...body.members, ...body.formerMembers] : [];
  const member = all.find((m) => m.id === e.memberId);
  if (!member) throw new Error(`household ${e.householdId}: ${status}, member ${e.memberId} not found`);
  return member;
}

const LEFT_AS = { death: 'death', married_out: 'married_out', move: 'moved_out' } as const;

/** Sends every event once (resending after a kill as described above) and tallies what happened. */
export async function sendEvents(
  session: EventSession,
  events: readonly PlannedEvent[],
): Promise<EventTally> {
  const tally: EventTally = { applied: 0, committedBeforeCrash: 0, appliedOnResend: 0 };
  for (const e of events) {
    let version: number | undefined;
    let resent = false;
    for (;;) {
      try {
        const client = await session.api();
        version ??= (await readMember(client, e)).version;
        const answer = await client.json<{ error?: { code: string } }>(
          'POST',
          `/api/v1/members/${e.memberId}/events`,
          {
            ...e.body,
            version,
          },
        );
        if (answer.status === 200) {
          tally[resent ? 'appliedOnResend' : 'applied'] += 1;
          break;
        }
        const refused = answer.status === 409 || answer.body.error?.code === 'MEMBER_NOT_ACTIVE';
        const member = refused && resent ? await readMember(client, e) : undefined;
        if (member && !member.active && member.leftEvent === LEFT_AS[e.body.event]) {
          tally.committedBeforeCrash += 1;
          break;
        }
        throw new Error(
          `member ${e.memberId} ${e.body.event}: ${answer.status} ${JSON.stringify(answer.body)}`,
        );
      } catch (error) {
        if (!(error instanceof ServerGone)) throw error;
        resent = version !== undefined;
        await session.revive();
      }
    }
  }
  return tally;
}
