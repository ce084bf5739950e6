(* exit: 1 *)
(* A nested procedure reaches an assignment through a procedure-typed formal: a checked run-time
   error, since the stored value would outlive the activation it refers to. Top-level ones pass. *)
MODULE NestedProcStored EXPORTS Main;
IMPORT IO;
TYPE P = PROCEDURE ();
VAR saved: P;

PROCEDURE Keep (p: P) =
  BEGIN
    saved := p
  END Keep;

PROCEDURE Top () = BEGIN IO.Put("Top\n") END Top;

PROCEDURE Outer () =
  PROCEDURE Inner () = BEGIN END Inner;
  BEGIN
    Keep(Inner)
  END Outer;

BEGIN
  Keep(Top);
  saved();
  Outer();
  IO.Put("not reached\n")
END NestedProcStored.
