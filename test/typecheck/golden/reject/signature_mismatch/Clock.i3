(* The interface declares Tick with an INTEGER parameter. *)
INTERFACE Clock;

PROCEDURE Tick (n: INTEGER): INTEGER;

END Clock.
