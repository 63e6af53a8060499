// "Use my location" for the clinic finder. Loaded as a module from this file only (no inline script).
// The browser asks for the position only when the reader presses the button. It is rounded to about
// 1 km, put into the form's query string and sent once; the site never stores or logs it.

const form = document.querySelector("[data-clinic-finder]");
const area = form?.querySelector("[data-use-location-area]");
const button = area?.querySelector("[data-use-location]");
const status = area?.querySelector("[data-location-status]");

function setField(name, value) {
  let input = form.querySelector(`input[name="${name}"]`);
  if (!input) {
    input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    form.append(input);
  }
  input.value = value;
}

if (form && button && "geolocation" in navigator) {
  area.hidden = false;
  button.addEventListener("click", () => {
    status.textContent = "Asking your browser for your location…";
    button.disabled = true;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setField("lat", position.coords.latitude.toFixed(2));
        setField("lng", position.coords.longitude.toFixed(2));
        form.querySelector("[name=near]").value = "";
        form.querySelector("[name=place]")?.remove();
        status.textContent = "Finding the nearest clinics…";
        form.submit();
      },
      () => {
        button.disabled = false;
        status.textContent = "We could not get your location. You can type your town instead.";
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
    );
  });
}
