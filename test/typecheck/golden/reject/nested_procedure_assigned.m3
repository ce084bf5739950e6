(* A nested procedure may be passed but not stored: its frame would not outlive the call. *)
MODULE NestedProcedureAssigned EXPORTS Main;

VAR saved: PROCEDURE ();

PROCEDURE Outer () =
  PROCEDURE Inner () =
    BEGIN
    END Inner;
  BEGIN
    saved := Inner;
  END Outer;

BEGIN
  Outer();
END NestedProcedureAssigned.
