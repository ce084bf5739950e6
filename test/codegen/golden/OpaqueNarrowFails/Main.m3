(* exit: 1 *)
(* NARROW to an opaque type revealed elsewhere fails on an object of another type. *)
MODULE Main;
IMPORT IO, Counter;

TYPE Other = Counter.Public OBJECT OVERRIDES inc := OtherInc; get := OtherGet END;

PROCEDURE OtherInc (o: Other) = BEGIN END OtherInc;
PROCEDURE OtherGet (o: Other): INTEGER = BEGIN RETURN -1 END OtherGet;

VAR r: REFANY := NEW(Other); c: Counter.T;
BEGIN
  IO.Put("before\n");
  c := NARROW(r, Counter.T);
  IO.Put("not reached\n")
END Main.
