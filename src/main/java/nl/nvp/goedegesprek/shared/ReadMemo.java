package nl.nvp.goedegesprek.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a read-only transaction has read once, for the other parts of the same transaction
 * that need it too (the cards of a trajectory's page each want the trajectory's
 * meetings). Only inside a read-only transaction, which changes nothing, so what is kept
 * cannot grow stale; it is dropped when the transaction ends. Anywhere else it reads each
 * time.
 */
public final class ReadMemo {

	private static final Object RESOURCE = new Object();

	private ReadMemo() {
	}

	/**
	 * Whether what is read is kept: inside a read-only transaction. A caller may then
	 * rather take its answer from something kept than ask the database a small question.
	 * @return whether {@link #of} keeps what it reads
	 */
	public static boolean isKept() {
		return TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

	/**
	 * What {@code read} gives for this key, read at most once per read-only transaction.
	 * @param <T> what is read
	 * @param key what is read, with what it depends on (e.g. a record of a name and an
	 * id)
	 * @param read reads it
	 * @return what was read, the first time or before
	 */
	@SuppressWarnings("unchecked")
	public static <T> T of(Object key, Supplier<T> read) {
		if (!isKept()) {
			return read.get();
		}
		Map<Object, Object> memo = (Map<Object, Object>) TransactionSynchronizationManager.getResource(RESOURCE);
		if (memo == null) {
			memo = new HashMap<>();
			TransactionSynchronizationManager.bindResource(RESOURCE, memo);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
				}
			});
		}
		if (memo.containsKey(key)) {
			return (T) memo.get(key);
		}
		T value = read.get();
		memo.put(key, value);
		return value;
	}

}
