(* The implementation must have exactly the interface's signature. *)
MODULE Clock;

PROCEDURE Tick (n: CARDINAL): INTEGER =
  BEGIN
    RETURN n;
  END Tick;

BEGIN
END Clock.
