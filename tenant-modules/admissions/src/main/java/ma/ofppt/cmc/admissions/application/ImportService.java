package ma.ofppt.cmc.admissions.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.ofppt.cmc.admissions.domain.Admissions;
import ma.ofppt.cmc.admissions.domain.ApplicationSource;
import ma.ofppt.cmc.admissions.domain.ImportJob;
import ma.ofppt.cmc.admissions.domain.ImportJobs;
import ma.ofppt.cmc.admissions.domain.ImportRowError;
import ma.ofppt.cmc.admissions.infrastructure.importing.ApplicationRow;
import ma.ofppt.cmc.admissions.infrastructure.importing.ApplicationRowMapper;
import ma.ofppt.cmc.admissions.infrastructure.importing.Row;
import ma.ofppt.cmc.admissions.infrastructure.importing.RowError;
import ma.ofppt.cmc.admissions.infrastructure.importing.RowOutcome;
import ma.ofppt.cmc.admissions.infrastructure.importing.TabularFormatException;
import ma.ofppt.cmc.admissions.infrastructure.importing.TabularReader;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.security.Caller;
import ma.ofppt.cmc.platform.tenancy.TenantContext;
import ma.ofppt.cmc.platform.tenancy.TenantId;
import ma.ofppt.cmc.platform.tenancy.TenantWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bulk import of applications from a CSV or XLSX file. The upload is kept in a temporary file and
 * read in the background, in constant memory, one batch of rows per transaction; the job's counts
 * grow as it goes. Each valid row lands, each invalid row is reported (row, field, reason), and a
 * row whose applicant already applied for the intake is counted, not duplicated.
 */
@ApplicationScoped
public class ImportService {
  private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

  @Inject ImportJobs jobs;
  @Inject Admissions admissions;
  @Inject ApplicationService applications;
  @Inject TenantWork work;
  @Inject TenantContext tenants;
  @Inject Caller caller;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "cmc.admissions.import-batch", defaultValue = "2000")
  int batchSize;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  /** Batches written at once, each on its own connection, while the next one is read. */
  @Inject
  @ConfigProperty(name = "cmc.admissions.import-writers", defaultValue = "2")
  int writers;

  @Inject
  @ConfigProperty(name = "cmc.admissions.import-max-bytes", defaultValue = "209715200")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "cmc.admissions.import-max-errors", defaultValue = "10000")
  int maxStoredErrors;

  private final Clock clock = Clock.systemUTC();

  /** Stores the upload, records the job and starts it; answers at once. */
  public ImportJob start(String academicYear, String fileName, InputStream upload) {
    DomainRuleViolation.require(
        academicYear != null && academicYear.matches("\\d{4}-\\d{4}"),
        "academicYear",
        "use the form 2025-2026");
    String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
    Path file = spool(upload);
    TenantId tenant = tenants.require();
    String actor = caller.name();
    ImportJob job;
    try {
      // Committed before the background task starts looking for it.
      job = work.callAs(tenant, actor, () -> record(academicYear, name, actor));
    } catch (RuntimeException e) {
      deleteQuietly(file);
      throw e;
    }
    UUID jobId = job.id();
    executor.submit(() -> process(tenant, actor, jobId, academicYear, file));
    return job;
  }

  private ImportJob record(String academicYear, String fileName, String actor) {
    ImportJob job = new ImportJob(academicYear, fileName, actor, clock.instant());
    jobs.add(job);
    return job;
  }

  private Path spool(InputStream upload) {
    try {
      Path file = Files.createTempFile("cmc-import-", ".upload");
      try (InputStream in = upload) {
        long copied =
            Files.copy(
                new BoundedInputStream(in, maxBytes), file, StandardCopyOption.REPLACE_EXISTING);
        if (copied == 0) {
          deleteQuietly(file);
          throw new DomainRuleViolation("body", "the file is empty");
        }
      } catch (IOException | RuntimeException e) {
        deleteQuietly(file);
        throw e;
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the upload", e);
    }
  }

  private void process(TenantId tenant, String actor, UUID jobId, String academicYear, Path file) {
    work.runAs(tenant, actor, () -> jobs.job(jobId).orElseThrow().start());
    ExecutorService pool = Executors.newFixedThreadPool(writerCount(), threads);
    Writes writes = new Writes(pool, tenant, actor, jobId);
    List<RowOutcome> batch = new ArrayList<>(batchSize);
    try (TabularReader reader = TabularReader.open(Files.newInputStream(file))) {
      ApplicationRowMapper mapper =
          ApplicationRowMapper.bind(reader.header(), LocalDate.now(clock), academicYear);
      for (Optional<Row> row = reader.next(); row.isPresent(); row = reader.next()) {
        batch.add(mapper.map(row.get()));
        if (batch.size() == batchSize) {
          writes.submit(batch);
          batch = new ArrayList<>(batchSize);
        }
      }
      writes.submit(batch);
      writes.drain();
      // Before the job says it is done: what reads the new rows next is planned on their count.
      work.runAs(tenant, actor, admissions::refreshStatistics);
      work.runAs(tenant, actor, () -> jobs.job(jobId).orElseThrow().complete(clock.instant()));
    } catch (TabularFormatException e) {
      writes.submit(batch);
      writes.drain();
      List<RowError> errors = e.errors();
      work.runAs(
          tenant,
          actor,
          () -> {
            errors.forEach(
                err -> jobs.add(new ImportRowError(jobId, err.row(), err.field(), err.reason())));
            jobs.job(jobId)
                .orElseThrow()
                .fail("the file could not be read to its end: " + e.getMessage(), clock.instant());
          });
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "import " + jobId + " failed", e);
      String reason = "the import stopped: " + e.getMessage();
      try {
        // What was handed to the writers before the failure lands or not; count it either way.
        writes.drain();
      } catch (RuntimeException alsoFailed) {
        e.addSuppressed(alsoFailed);
        LOG.log(Level.WARNING, "import " + jobId + ": batches in flight failed too", alsoFailed);
      }
      work.runAs(tenant, actor, () -> jobs.job(jobId).orElseThrow().fail(reason, clock.instant()));
    } finally {
      pool.shutdownNow();
      deleteQuietly(file);
    }
  }

  private int writerCount() {
    return Math.max(1, writers);
  }

  /** What one batch became: its rows read, imported, already present, and its row errors. */
  private record BatchOutcome(int read, int imported, int present, List<RowError> errors) {}

  /**
   * The batches handed to the writer threads, oldest first. At most {@code writers} are written at
   * once while the next one is read, so memory stays at a few batches whatever the file's size;
   * each batch's outcome is recorded on the job in file order, by the job's own thread.
   */
  private final class Writes {
    private final ExecutorService pool;
    private final TenantId tenant;
    private final String actor;
    private final UUID jobId;
    private final Deque<Future<BatchOutcome>> inFlight = new ArrayDeque<>();

    Writes(ExecutorService pool, TenantId tenant, String actor, UUID jobId) {
      this.pool = pool;
      this.tenant = tenant;
      this.actor = actor;
      this.jobId = jobId;
    }

    void submit(List<RowOutcome> batch) {
      if (batch.isEmpty()) {
        return;
      }
      while (inFlight.size() >= writerCount()) {
        recordOldest();
      }
      inFlight.add(pool.submit(() -> write(tenant, actor, batch)));
    }

    void drain() {
      while (!inFlight.isEmpty()) {
        recordOldest();
      }
    }

    private void recordOldest() {
      BatchOutcome outcome;
      try {
        outcome = inFlight.poll().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while importing", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r
            ? r
            : new IllegalStateException(e.getCause());
      }
      record(tenant, actor, jobId, outcome);
    }
  }

  /**
   * One batch in one transaction; if the database refuses it as a whole, the batch again row by
   * row, each row in its own transaction.
   */
  private BatchOutcome write(TenantId tenant, String actor, List<RowOutcome> outcomes) {
    List<ApplicationService.Submission> valid = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    List<Long> validRows = new ArrayList<>();
    for (RowOutcome outcome : outcomes) {
      if (outcome instanceof RowOutcome.Valid v) {
        valid.add(submission(v.application()));
        validRows.add(v.row());
      } else if (outcome instanceof RowOutcome.Invalid invalid) {
        errors.addAll(invalid.errors());
      }
    }
    int imported = 0;
    int present = 0;
    try {
      ApplicationService.BatchResult result =
          work.callAs(tenant, actor, () -> applications.importBatch(valid));
      imported = result.imported();
      present = result.alreadyPresent();
      for (ApplicationService.Refusal refusal : result.refused()) {
        errors.add(new RowError(validRows.get(refusal.index()), refusal.field(), refusal.reason()));
      }
    } catch (RuntimeException batchFailed) {
      // The database refused the batch as a whole (e.g. the same applicants imported at the same
      // moment by another batch or job): replay it row by row, so each row gets its own outcome.
      LOG.log(Level.FINE, "import batch replayed row by row", batchFailed);
      for (int i = 0; i < valid.size(); i++) {
        ApplicationService.Submission row = valid.get(i);
        try {
          if (work.callAs(tenant, actor, () -> applications.importOne(row))) {
            imported++;
          } else {
            present++;
          }
        } catch (RuntimeException rowFailed) {
          errors.add(rowError(validRows.get(i), rowFailed));
        }
      }
    }
    errors.sort(java.util.Comparator.comparingLong(RowError::row));
    return new BatchOutcome(outcomes.size(), imported, present, errors);
  }

  /** Adds a batch's outcome to the job's counts and stores its row errors (up to the limit). */
  private void record(TenantId tenant, String actor, UUID jobId, BatchOutcome outcome) {
    int rejectedRows = (int) outcome.errors().stream().map(RowError::row).distinct().count();
    work.runAs(
        tenant,
        actor,
        () -> {
          ImportJob job = jobs.job(jobId).orElseThrow();
          long stored = jobs.countErrors(jobId);
          for (RowError error : outcome.errors()) {
            if (stored++ < maxStoredErrors) {
              jobs.add(new ImportRowError(jobId, error.row(), error.field(), error.reason()));
            }
          }
          job.progress(outcome.read(), outcome.imported(), outcome.present(), rejectedRows);
        });
  }

  /** A row the domain refused names the field the domain named; anything else is logged. */
  private static RowError rowError(long row, RuntimeException failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof DomainRuleViolation v) {
        return new RowError(row, v.field(), v.getMessage());
      }
      if (t instanceof ConflictException c) {
        return new RowError(row, c.field(), c.getMessage());
      }
    }
    LOG.log(Level.WARNING, "import row " + row + " could not be stored", failure);
    return new RowError(row, "row", "could not be stored: " + failure.getClass().getSimpleName());
  }

  private static ApplicationService.Submission submission(ApplicationRow row) {
    return new ApplicationService.Submission(
        new ApplicantDetails(
            row.nationalId().value(),
            row.firstNameFr(),
            row.lastNameFr(),
            row.firstNameAr(),
            row.lastNameAr(),
            row.birthDate(),
            row.sex(),
            row.province(),
            row.remoteArea(),
            row.disability(),
            row.educationLevel(),
            row.phone(),
            row.email()),
        row.academicYear(),
        row.wishes().stream()
            .map(
                w ->
                    new WishDetails(
                        w.programmeCode(), w.gradeAverage(), w.testScore(), w.interviewScore()))
            .toList(),
        ApplicationSource.IMPORT);
  }

  @Transactional
  public ImportJob job(UUID id) {
    return jobs.job(id).orElseThrow(() -> new NotFoundException("import", id));
  }

  @Transactional
  public List<ImportJob> recent() {
    return jobs.recent(50);
  }

  /** A page of a job's row errors and how many there are. */
  public record ErrorPage(List<ImportRowError> items, long total) {}

  @Transactional
  public ErrorPage errors(UUID jobId, int offset, int limit) {
    job(jobId);
    return new ErrorPage(jobs.errors(jobId, offset, limit), jobs.countErrors(jobId));
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "could not delete the upload copy " + file, e);
    }
  }

  /** Refuses uploads larger than the configured limit instead of filling the disk. */
  private static final class BoundedInputStream extends java.io.FilterInputStream {
    private final long limit;
    private long read;

    BoundedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw new DomainRuleViolation(
            "body", "the file is larger than " + limit / (1024 * 1024) + " MB");
      }
    }
  }
}
