(* Thread: the parts of cm3's Thread.i3 Spindle provides; LOCK is a no-op until strands exist. *)
INTERFACE Thread;

TYPE
  T <: REFANY;
  Mutex = MUTEX;
  Condition <: ROOT;
  Closure = OBJECT METHODS apply (): REFANY END;

EXCEPTION Alerted;

PROCEDURE Fork (cl: Closure): T;
PROCEDURE Join (t: T): REFANY;
PROCEDURE Acquire (m: Mutex);
PROCEDURE Release (m: Mutex);
PROCEDURE Wait (m: Mutex; c: Condition);
PROCEDURE Signal (c: Condition);
PROCEDURE Broadcast (c: Condition);
PROCEDURE Self (): T;
PROCEDURE Alert (t: T);
PROCEDURE TestAlert (): BOOLEAN;
PROCEDURE AlertWait (m: Mutex; c: Condition) RAISES {Alerted};
PROCEDURE Pause (n: LONGREAL);

END Thread.
