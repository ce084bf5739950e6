(* A name brought in by FROM … IMPORT and never used is warned about. *)
MODULE Use EXPORTS Main;

FROM IO IMPORT Put, PutInt;

BEGIN
  Put("only Put\n");
END Use.
