package nl.nvp.goedegesprek.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Sends the same request twice at the same moment, as a double click does, and returns
 * the status of each answer.
 */
public final class Concurrently {

	private Concurrently() {
	}

	public static List<Integer> twice(MockMvc mvc, Supplier<RequestBuilder> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Callable<Integer>> both = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				both.add(() -> {
					start.await();
					return mvc.perform(request.get()).andReturn().getResponse().getStatus();
				});
			}
			List<Future<Integer>> futures = new ArrayList<>();
			both.forEach((task) -> futures.add(pool.submit(task)));
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> future : futures) {
				statuses.add(future.get());
			}
			return statuses;
		}
		finally {
			pool.shutdown();
		}
	}

}
