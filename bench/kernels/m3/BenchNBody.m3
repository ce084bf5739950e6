(* N-body (after the benchmarks game): five planets, n steps, returns the final energy. *)
MODULE BenchNBody;
IMPORT Math;

CONST
  Pi = 3.141592653589793D0;
  SolarMass = 4.0D0 * Pi * Pi;
  DaysPerYear = 365.24D0;

TYPE Body = RECORD x, y, z, vx, vy, vz, mass: LONGREAL END;

VAR bodies: ARRAY [0 .. 4] OF Body;

PROCEDURE Init () =
  BEGIN
    bodies[0] := Body{0.0D0, 0.0D0, 0.0D0, 0.0D0, 0.0D0, 0.0D0, SolarMass};
    bodies[1] := Body{4.84143144246472090D+00, -1.16032004402742839D+00,
                      -1.03622044471123109D-01, 1.66007664274403694D-03 * DaysPerYear,
                      7.69901118419740425D-03 * DaysPerYear,
                      -6.90460016972063023D-05 * DaysPerYear,
                      9.54791938424326609D-04 * SolarMass};
    bodies[2] := Body{8.34336671824457987D+00, 4.12479856412430479D+00,
                      -4.03523417114321381D-01, -2.76742510726862411D-03 * DaysPerYear,
                      4.99852801234917238D-03 * DaysPerYear,
                      2.30417297573763929D-05 * DaysPerYear,
                      2.85885980666130812D-04 * SolarMass};
    bodies[3] := Body{1.28943695621391310D+01, -1.51111514016986312D+01,
                      -2.23307578892655734D-01, 2.96460137564761618D-03 * DaysPerYear,
                      2.37847173959480950D-03 * DaysPerYear,
                      -2.96589568540237556D-05 * DaysPerYear,
                      4.36624404335156298D-05 * SolarMass};
    bodies[4] := Body{1.53796971148509165D+01, -2.59193146099879641D+01,
                      1.79258772950371181D-01, 2.68067772490389322D-03 * DaysPerYear,
                      1.62824170038242295D-03 * DaysPerYear,
                      -9.51592254519715870D-05 * DaysPerYear,
                      5.15138902046611451D-05 * SolarMass};
    VAR px := 0.0D0; py := 0.0D0; pz := 0.0D0;
    BEGIN
      FOR i := 0 TO 4 DO
        px := px + bodies[i].vx * bodies[i].mass;
        py := py + bodies[i].vy * bodies[i].mass;
        pz := pz + bodies[i].vz * bodies[i].mass
      END;
      bodies[0].vx := -px / SolarMass;
      bodies[0].vy := -py / SolarMass;
      bodies[0].vz := -pz / SolarMass
    END
  END Init;

PROCEDURE Advance (dt: LONGREAL) =
  VAR dx, dy, dz, d2, mag: LONGREAL;
  BEGIN
    FOR i := 0 TO 4 DO
      FOR j := i + 1 TO 4 DO
        dx := bodies[i].x - bodies[j].x;
        dy := bodies[i].y - bodies[j].y;
        dz := bodies[i].z - bodies[j].z;
        d2 := dx * dx + dy * dy + dz * dz;
        mag := dt / (d2 * Math.sqrt(d2));
        bodies[i].vx := bodies[i].vx - dx * bodies[j].mass * mag;
        bodies[i].vy := bodies[i].vy - dy * bodies[j].mass * mag;
        bodies[i].vz := bodies[i].vz - dz * bodies[j].mass * mag;
        bodies[j].vx := bodies[j].vx + dx * bodies[i].mass * mag;
        bodies[j].vy := bodies[j].vy + dy * bodies[i].mass * mag;
        bodies[j].vz := bodies[j].vz + dz * bodies[i].mass * mag
      END
    END;
    FOR i := 0 TO 4 DO
      bodies[i].x := bodies[i].x + dt * bodies[i].vx;
      bodies[i].y := bodies[i].y + dt * bodies[i].vy;
      bodies[i].z := bodies[i].z + dt * bodies[i].vz
    END
  END Advance;

PROCEDURE Energy (): LONGREAL =
  VAR e := 0.0D0; dx, dy, dz: LONGREAL;
  BEGIN
    FOR i := 0 TO 4 DO
      e := e + 0.5D0 * bodies[i].mass * (bodies[i].vx * bodies[i].vx + bodies[i].vy * bodies[i].vy
                                          + bodies[i].vz * bodies[i].vz);
      FOR j := i + 1 TO 4 DO
        dx := bodies[i].x - bodies[j].x;
        dy := bodies[i].y - bodies[j].y;
        dz := bodies[i].z - bodies[j].z;
        e := e - bodies[i].mass * bodies[j].mass / Math.sqrt(dx * dx + dy * dy + dz * dz)
      END
    END;
    RETURN e
  END Energy;

PROCEDURE Run (n: INTEGER): LONGREAL =
  BEGIN
    Init();
    FOR i := 1 TO n DO Advance(0.01D0) END;
    RETURN Energy()
  END Run;

BEGIN
END BenchNBody.
