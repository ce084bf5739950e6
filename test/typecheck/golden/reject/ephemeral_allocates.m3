(* An EPHEMERAL procedure may be stopped at any point, so it may not allocate. *)
MODULE EphemeralAllocates EXPORTS Main;

VAR last: REF INTEGER;

EPHEMERAL PROCEDURE Remember () =
  BEGIN
    last := NEW(REF INTEGER);
  END Remember;

BEGIN
  Remember();
END EphemeralAllocates.
