package ma.ofppt.cmc.finance.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import ma.ofppt.cmc.finance.domain.EvidenceFile;
import ma.ofppt.cmc.platform.problem.Problem;
import ma.ofppt.cmc.platform.problem.ProblemType;

/** A refused upload: 413 (too large) or 415 (not an accepted type), naming the field at fault. */
@Provider
public class EvidenceRejectedMapper implements ExceptionMapper<EvidenceFile.Rejected> {
  @Override
  public Response toResponse(EvidenceFile.Rejected rejected) {
    ProblemType type =
        rejected.status() == 415 ? ProblemType.UNSUPPORTED_MEDIA_TYPE : ProblemType.INVALID_INPUT;
    return Problem.invalidField(type, rejected.status(), rejected.field(), rejected.getMessage())
        .toResponse();
  }
}
