package nl.nvp.goedegesprek.project.grouping;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The working state of one run of the {@link GroupingAssistant}: who is in which
 * dialogue, and the three steps that change it. Candidates and dialogues are numbered by
 * their position in the sorted input, so every loop runs in a fixed order and the result
 * depends only on the input's content. See the assistant's Javadoc for the method.
 */
final class GroupSearch {

	/** Most choices tried while looking for one complete group in the first step. */
	static final int CHOICE_BUDGET = 2_000;

	private static final int FREE = -1;

	private final int roleCount;

	private final Candidate[] people;

	private final DialogueSlot[] dialogues;

	/** Index of each candidate's role in the project's roles, or -1 when not needed. */
	private final int[] roleOf;

	/**
	 * Per dialogue and role: the candidates of that role who can come (time, mode,
	 * region).
	 */
	private final BitSet[][] eligible;

	/** Per candidate: the others sharing an exclusion key with them. */
	private final BitSet[] conflicts;

	/** Per candidate: how many dialogues they can join; fewer means harder to place. */
	private final int[] reach;

	private final boolean[] fixed;

	private int[] groupOf;

	private List<List<Integer>> members;

	private int[][] count;

	GroupSearch(List<String> roles, Candidate[] people, DialogueSlot[] dialogues) {
		this.roleCount = roles.size();
		this.people = people;
		this.dialogues = dialogues;
		int n = people.length;
		this.roleOf = new int[n];
		for (int i = 0; i < n; i++) {
			this.roleOf[i] = roles.indexOf(people[i].role());
		}
		this.eligible = new BitSet[dialogues.length][this.roleCount];
		this.reach = new int[n];
		for (int j = 0; j < dialogues.length; j++) {
			for (int r = 0; r < this.roleCount; r++) {
				this.eligible[j][r] = new BitSet(n);
			}
			for (int i = 0; i < n; i++) {
				if (this.roleOf[i] >= 0 && dialogues[j].suits(people[i])) {
					this.eligible[j][this.roleOf[i]].set(i);
					this.reach[i]++;
				}
			}
		}
		this.conflicts = new BitSet[n];
		Map<String, BitSet> byKey = new HashMap<>();
		for (int i = 0; i < n; i++) {
			this.conflicts[i] = new BitSet(n);
			for (String key : people[i].exclusionKeys()) {
				byKey.computeIfAbsent(key, (k) -> new BitSet(n)).set(i);
			}
		}
		for (int i = 0; i < n; i++) {
			for (String key : people[i].exclusionKeys()) {
				this.conflicts[i].or(byKey.get(key));
			}
			this.conflicts[i].clear(i);
		}
		this.fixed = new boolean[n];
		this.groupOf = new int[n];
		Arrays.fill(this.groupOf, FREE);
		this.members = new ArrayList<>();
		for (int j = 0; j < dialogues.length; j++) {
			this.members.add(new ArrayList<>());
		}
		this.count = new int[dialogues.length][this.roleCount];
	}

	void fix(int person, int dialogue) {
		this.fixed[person] = true;
		place(person, dialogue);
	}

	int groupOf(int person) {
		return this.groupOf[person];
	}

	boolean isFixed(int person) {
		return this.fixed[person];
	}

	int roleOf(int person) {
		return this.roleOf[person];
	}

	List<Integer> members(int dialogue) {
		return this.members.get(dialogue);
	}

	int count(int dialogue, int role) {
		return this.count[dialogue][role];
	}

	boolean mustNotMeet(int person, int other) {
		return this.conflicts[person].get(other);
	}

	boolean isComplete(int dialogue) {
		for (int r = 0; r < this.roleCount; r++) {
			if (this.count[dialogue][r] == 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the person shares a key with a member of the dialogue other than
	 * {@code leaving}.
	 */
	boolean conflictsWith(int person, int dialogue, int leaving) {
		for (int member : this.members.get(dialogue)) {
			if (member != leaving && this.conflicts[person].get(member)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether one more of the role keeps the group within one of equal: never more of a
	 * role than one above the least represented role.
	 */
	boolean keepsBalance(int dialogue, int role) {
		int least = Integer.MAX_VALUE;
		for (int r = 0; r < this.roleCount; r++) {
			least = Math.min(least, this.count[dialogue][r]);
		}
		return this.count[dialogue][role] <= least;
	}

	boolean hasSeat(int dialogue, int role) {
		return this.count[dialogue][role] < this.dialogues[dialogue].seatsPerRole();
	}

	// Step 1: complete groups, the one that takes the fewest chances from others first.

	void formGroups() {
		int m = this.dialogues.length;
		boolean[] givenUp = new boolean[m];
		while (true) {
			int[] supply = new int[m];
			for (int j = 0; j < m; j++) {
				if (!givenUp[j] && !isComplete(j)) {
					supply[j] = bottleneck(j);
					// The free candidates only get fewer in this step: it stays
					// impossible.
					givenUp[j] = supply[j] == 0;
				}
			}
			int[] open = openness(givenUp);
			int best = -1;
			Choice bestChoice = null;
			for (int j = 0; j < m; j++) {
				if (givenUp[j] || isComplete(j)) {
					continue;
				}
				Choice choice = cheapestGroup(j, open);
				if (choice.best == null) {
					givenUp[j] = true;
				}
				else if (best < 0 || before(j, choice, supply[j], best, bestChoice, supply[best])) {
					best = j;
					bestChoice = choice;
				}
			}
			if (best < 0) {
				return;
			}
			for (int person : bestChoice.best) {
				place(person, best);
			}
		}
	}

	/**
	 * Which dialogue gets its group first: one with fixed members, then the one whose
	 * group takes the fewest chances from other dialogues, then the one with the fewest
	 * candidates for its scarcest role, then the earlier one.
	 */
	private boolean before(int dialogue, Choice choice, int supply, int other, Choice otherChoice, int otherSupply) {
		boolean fixedHere = !this.members.get(dialogue).isEmpty();
		boolean fixedThere = !this.members.get(other).isEmpty();
		if (fixedHere != fixedThere) {
			return fixedHere;
		}
		if (choice.bestCost != otherChoice.bestCost) {
			return choice.bestCost < otherChoice.bestCost;
		}
		return supply < otherSupply;
	}

	/** The fewest free candidates for any missing role of the dialogue. */
	private int bottleneck(int dialogue) {
		int least = Integer.MAX_VALUE;
		for (int r = 0; r < this.roleCount; r++) {
			if (this.count[dialogue][r] == 0) {
				least = Math.min(least, options(dialogue, r).size());
			}
		}
		return least;
	}

	/** Free candidates of the role who can come and share no key with the members. */
	private List<Integer> options(int dialogue, int role) {
		List<Integer> options = new ArrayList<>();
		BitSet candidates = this.eligible[dialogue][role];
		for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
			if (this.groupOf[i] == FREE && !conflictsWith(i, dialogue, FREE)) {
				options.add(i);
			}
		}
		return options;
	}

	/**
	 * Per candidate: in how many dialogues that still lack people they could sit. Chosen
	 * for one of them, they take a chance from the others.
	 */
	private int[] openness(boolean[] givenUp) {
		int[] open = new int[this.people.length];
		for (int j = 0; j < this.dialogues.length; j++) {
			if (givenUp[j] || isComplete(j)) {
				continue;
			}
			for (int r = 0; r < this.roleCount; r++) {
				BitSet candidates = this.eligible[j][r];
				for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
					open[i]++;
				}
			}
		}
		return open;
	}

	/**
	 * Chooses one candidate for each missing role so that no two chosen share a key and
	 * together they take the fewest chances from other dialogues (the sum of their
	 * openness): a branch-and-bound search, scarcest role first, cheapest candidate
	 * first, that stops after {@link #CHOICE_BUDGET} choices with the best group found so
	 * far.
	 */
	private Choice cheapestGroup(int dialogue, int[] open) {
		List<List<Integer>> choices = new ArrayList<>();
		for (int r = 0; r < this.roleCount; r++) {
			if (this.count[dialogue][r] == 0) {
				List<Integer> options = options(dialogue, r);
				options.sort(Comparator.<Integer>comparingInt((i) -> open[i]).thenComparingInt((i) -> i));
				choices.add(options);
			}
		}
		choices.sort(Comparator.comparingInt(List::size));
		// The least the remaining roles can add: their cheapest candidates' openness.
		int[] floor = new int[choices.size() + 1];
		for (int depth = choices.size() - 1; depth >= 0; depth--) {
			floor[depth] = floor[depth + 1] + open[choices.get(depth).get(0)];
		}
		Choice choice = new Choice(choices, open, floor);
		choice.search(0, 0);
		return choice;
	}

	/** One branch-and-bound search for {@link #cheapestGroup}. */
	private final class Choice {

		private final List<List<Integer>> choices;

		private final int[] open;

		private final int[] floor;

		private final int[] chosen;

		private int budget = CHOICE_BUDGET;

		private int[] best;

		private int bestCost = Integer.MAX_VALUE;

		Choice(List<List<Integer>> choices, int[] open, int[] floor) {
			this.choices = choices;
			this.open = open;
			this.floor = floor;
			this.chosen = new int[choices.size()];
		}

		void search(int depth, int cost) {
			if (depth == this.choices.size()) {
				this.best = this.chosen.clone();
				this.bestCost = cost;
				if (cost == this.floor[0]) {
					// Nothing can be cheaper.
					this.budget = 0;
				}
				return;
			}
			for (int person : this.choices.get(depth)) {
				int next = cost + this.open[person];
				if (next + this.floor[depth + 1] >= this.bestCost || --this.budget < 0) {
					// Options are sorted by openness: the later ones cost no less.
					return;
				}
				if (!clashes(person, depth)) {
					this.chosen[depth] = person;
					search(depth + 1, next);
				}
			}
		}

		private boolean clashes(int person, int depth) {
			for (int k = 0; k < depth; k++) {
				if (GroupSearch.this.conflicts[person].get(this.chosen[k])) {
					return true;
				}
			}
			return false;
		}

	}

	// Step 2: repair, completing a dialogue by moving people along a chain.

	void repair() {
		boolean improved = true;
		while (improved) {
			improved = false;
			for (int j = 0; j < this.dialogues.length; j++) {
				if (!isComplete(j) && mightComplete(j) && complete(j)) {
					improved = true;
				}
			}
		}
	}

	/** Someone of every missing role can come at all. */
	private boolean mightComplete(int dialogue) {
		for (int r = 0; r < this.roleCount; r++) {
			if (this.count[dialogue][r] == 0 && this.eligible[dialogue][r].isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private boolean complete(int dialogue) {
		int[] savedGroupOf = this.groupOf.clone();
		List<List<Integer>> savedMembers = new ArrayList<>();
		this.members.forEach((list) -> savedMembers.add(new ArrayList<>(list)));
		int[][] savedCount = new int[this.count.length][];
		for (int j = 0; j < this.count.length; j++) {
			savedCount[j] = this.count[j].clone();
		}
		List<Integer> missing = new ArrayList<>();
		for (int r = 0; r < this.roleCount; r++) {
			if (this.count[dialogue][r] == 0) {
				missing.add(r);
			}
		}
		missing.sort(Comparator.<Integer>comparingInt((r) -> this.eligible[dialogue][r].cardinality())
			.thenComparingInt((r) -> r));
		for (int role : missing) {
			if (!bring(dialogue, role)) {
				this.groupOf = savedGroupOf;
				this.members = savedMembers;
				this.count = savedCount;
				return false;
			}
		}
		return true;
	}

	/**
	 * Finds the shortest chain that brings someone of the role into the dialogue: a free
	 * candidate comes in, or a member of a complete group moves in and a free candidate
	 * takes their place there, or that place is taken by a member of a third group, and
	 * so on (breadth first, each group at most once; fixed members never move). Every
	 * group on the chain stays complete and every newcomer shares no key with the members
	 * staying. Applies the chain and says whether one was found.
	 */
	private boolean bring(int target, int role) {
		List<int[]> holes = new ArrayList<>(); // {dialogue, member leaving it, parent
												// hole}
		boolean[] visited = new boolean[this.dialogues.length];
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		holes.add(new int[] { target, FREE, -1 });
		visited[target] = true;
		queue.add(0);
		while (!queue.isEmpty()) {
			int hole = queue.poll();
			int dialogue = holes.get(hole)[0];
			int leaving = holes.get(hole)[1];
			BitSet candidates = this.eligible[dialogue][role];
			int bestFree = FREE;
			for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
				if (this.groupOf[i] == FREE && !conflictsWith(i, dialogue, leaving)
						&& (bestFree == FREE || this.reach[i] < this.reach[bestFree])) {
					bestFree = i;
				}
			}
			if (bestFree != FREE) {
				applyChain(holes, hole, bestFree);
				return true;
			}
			for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
				int from = this.groupOf[i];
				if (from == FREE || this.fixed[i] || visited[from] || !isComplete(from)
						|| conflictsWith(i, dialogue, leaving)) {
					continue;
				}
				if (this.count[from][role] > 1) {
					// The group keeps someone of this role: no new hole.
					applyChain(holes, hole, i);
					return true;
				}
				visited[from] = true;
				holes.add(new int[] { from, i, hole });
				queue.add(holes.size() - 1);
			}
		}
		return false;
	}

	private void applyChain(List<int[]> holes, int hole, int incoming) {
		int person = incoming;
		int at = hole;
		while (at >= 0) {
			int[] step = holes.get(at);
			move(person, step[0]);
			person = step[1];
			at = step[2];
		}
	}

	// Step 3: the other candidates join complete groups, keeping them balanced.

	void addSeats() {
		boolean placed = true;
		while (placed) {
			placed = false;
			List<Integer> waiting = new ArrayList<>();
			int[] places = new int[this.people.length];
			for (int i = 0; i < this.people.length; i++) {
				if (this.groupOf[i] == FREE && this.roleOf[i] >= 0) {
					places[i] = seatsFor(i).size();
					if (places[i] > 0) {
						waiting.add(i);
					}
				}
			}
			waiting.sort(Comparator.<Integer>comparingInt((i) -> places[i]).thenComparingInt((i) -> i));
			for (int person : waiting) {
				int role = this.roleOf[person];
				seatsFor(person).stream()
					.min(Comparator.<Integer>comparingInt((j) -> -(largest(j) - this.count[j][role]))
						.thenComparingInt((j) -> this.members.get(j).size())
						.thenComparingInt((j) -> j))
					.ifPresent((j) -> place(person, j));
				placed |= this.groupOf[person] != FREE;
			}
		}
	}

	/** The complete groups this free person could join now. */
	private List<Integer> seatsFor(int person) {
		int role = this.roleOf[person];
		List<Integer> seats = new ArrayList<>();
		for (int j = 0; j < this.dialogues.length; j++) {
			if (this.eligible[j][role].get(person) && isComplete(j) && hasSeat(j, role) && keepsBalance(j, role)
					&& !conflictsWith(person, j, FREE)) {
				seats.add(j);
			}
		}
		return seats;
	}

	private int largest(int dialogue) {
		int largest = 0;
		for (int r = 0; r < this.roleCount; r++) {
			largest = Math.max(largest, this.count[dialogue][r]);
		}
		return largest;
	}

	private void move(int person, int dialogue) {
		if (this.groupOf[person] != FREE) {
			remove(person);
		}
		place(person, dialogue);
	}

	private void place(int person, int dialogue) {
		this.groupOf[person] = dialogue;
		this.members.get(dialogue).add(person);
		if (this.roleOf[person] >= 0) {
			this.count[dialogue][this.roleOf[person]]++;
		}
	}

	private void remove(int person) {
		int dialogue = this.groupOf[person];
		this.members.get(dialogue).remove(Integer.valueOf(person));
		if (this.roleOf[person] >= 0) {
			this.count[dialogue][this.roleOf[person]]--;
		}
		this.groupOf[person] = FREE;
	}

}
